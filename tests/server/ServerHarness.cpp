#include "ServerHarness.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace k12::test {

namespace {

QProcessEnvironment serverEnvironment(bool realPasswordCost)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Keep the suite fast: PBKDF2 at the minimum for dummy checks too, unless
    // a test measures the cost itself.
    if (realPasswordCost)
        env.remove(u"K12_PBKDF2_ITERATIONS"_s);
    else
        env.insert(u"K12_PBKDF2_ITERATIONS"_s, u"1000"_s);
    env.insert(u"XDG_DATA_HOME"_s, QDir::tempPath() + u"/k12-server-test-data"_s);
    return env;
}

// Opens a connection to the PostgreSQL database a URL names (the cluster's
// "postgres" database when it names none).
bool openPgConnection(const QUrl &url, QSqlDatabase *db, QString *error)
{
    static int counter = 0;
    *db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"k12-test-admin-%1"_s.arg(++counter));
    db->setHostName(url.host());
    db->setPort(url.port(5432));
    db->setUserName(url.userName());
    db->setPassword(url.password());
    db->setDatabaseName(url.path().mid(1).isEmpty() ? u"postgres"_s : url.path().mid(1));
    if (!db->open()) {
        *error = db->lastError().text();
        return false;
    }
    return true;
}

// An admin connection to the test cluster from K12_TEST_PG_URL.
bool openAdminConnection(QSqlDatabase *db, QString *error)
{
    return openPgConnection(QUrl(qEnvironmentVariable("K12_TEST_PG_URL")), db, error);
}

} // namespace

bool TestDatabase::openDirect(QSqlDatabase *db, QString *error) const
{
    if (m_backend == u"postgresql"_s)
        return openPgConnection(QUrl(m_url), db, error);
    static int counter = 0;
    *db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"k12-test-direct-%1"_s.arg(++counter));
    db->setDatabaseName(m_url.mid(int(qstrlen("sqlite:"))));
    if (!db->open()) {
        *error = db->lastError().text();
        return false;
    }
    return true;
}

QVariant TestDatabase::queryValue(const QString &sql) const
{
    QVariant value;
    QString connection;
    {
        QSqlDatabase db;
        QString error;
        if (openDirect(&db, &error)) {
            connection = db.connectionName();
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
    }
    if (!connection.isEmpty())
        QSqlDatabase::removeDatabase(connection);
    return value;
}

QString TestDatabase::execute(const QStringList &statements) const
{
    QString error;
    QString connection;
    {
        QSqlDatabase db;
        if (openDirect(&db, &error)) {
            connection = db.connectionName();
            QSqlQuery q(db);
            for (const QString &sql : statements) {
                if (!q.exec(sql)) {
                    error = sql.left(60) + u": "_s + q.lastError().text();
                    break;
                }
            }
        }
    }
    if (!connection.isEmpty())
        QSqlDatabase::removeDatabase(connection);
    return error;
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

bool TestDatabase::available(const QString &backend, QString *why)
{
    if (backend == u"sqlite"_s)
        return true;
    if (qEnvironmentVariableIsEmpty("K12_TEST_PG_URL")) {
        *why = u"K12_TEST_PG_URL is not set: run the suite through ./scripts/test (it starts a throwaway "
               "PostgreSQL cluster), or point K12_TEST_PG_URL at one."_s;
        return false;
    }
    return true;
}

TestDatabase::TestDatabase(const QString &backend)
    : m_backend(backend)
{
    if (backend == u"sqlite"_s) {
        m_url = u"sqlite:"_s + m_dir.filePath(u"server.sqlite"_s);
        return;
    }
    m_name = u"k12_t_"_s + uuid().remove(u'-').left(16);
    QString connection;
    {
        QSqlDatabase admin;
        if (!openAdminConnection(&admin, &m_error))
            return;
        connection = admin.connectionName();
        QSqlQuery q(admin);
        // Identifiers cannot be bound; the name is made here from hex digits only.
        if (!q.exec(u"CREATE DATABASE "_s + m_name))
            m_error = q.lastError().text();
        admin.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!m_error.isEmpty())
        return;
    QUrl url(qEnvironmentVariable("K12_TEST_PG_URL"));
    url.setPath(u'/' + m_name);
    m_url = url.toString();
}

TestDatabase::~TestDatabase()
{
    if (m_name.isEmpty() || m_url.isEmpty())
        return;
    QString connection;
    {
        QSqlDatabase admin;
        QString error;
        if (openAdminConnection(&admin, &error)) {
            connection = admin.connectionName();
            QSqlQuery q(admin);
            q.exec(u"DROP DATABASE IF EXISTS "_s + m_name + u" WITH (FORCE)"_s);
            admin.close();
        }
    }
    if (!connection.isEmpty())
        QSqlDatabase::removeDatabase(connection);
}

ProcessOutput runServerCommand(const QStringList &args, const QByteArray &stdinData, int timeoutMs,
                               bool realPasswordCost)
{
    QProcess p;
    p.setProcessEnvironment(serverEnvironment(realPasswordCost));
    p.start(QStringLiteral(K12_SERVER_BIN), args);
    ProcessOutput r;
    if (!p.waitForStarted(timeoutMs))
        return r;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

ServerProcess::~ServerProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool ServerProcess::start(const QString &databaseUrl, const QStringList &extraArgs, bool realPasswordCost)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(serverEnvironment(realPasswordCost));
    const QStringList args =
        QStringList{u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--database"_s, databaseUrl} + extraArgs;
    if (m_launcher.isEmpty())
        m_process->start(QStringLiteral(K12_SERVER_BIN), args);
    else
        m_process->start(m_launcher.first(), m_launcher.mid(1) + QStringList{QStringLiteral(K12_SERVER_BIN)} + args);
    if (!m_process->waitForStarted(10000))
        return false;
    // The first line on stdout is HOST:PORT.
    QElapsedTimer timer;
    timer.start();
    while (!m_process->canReadLine() && timer.elapsed() < 30000) {
        if (m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForReadyRead(100);
    }
    const QByteArray line = m_process->readLine().trimmed();
    m_port = quint16(line.mid(line.lastIndexOf(':') + 1).toUInt());
    if (m_port == 0)
        m_err += m_process->readAllStandardError();
    return m_port != 0;
}

int ServerProcess::stop(int timeoutMs)
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return m_process ? m_process->exitCode() : -1;
    m_process->terminate(); // SIGTERM
    if (!m_process->waitForFinished(timeoutMs)) {
        m_process->kill();
        m_process->waitForFinished(5000);
        return -1;
    }
    m_err += m_process->readAllStandardError();
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

void ServerProcess::kill()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->kill(); // SIGKILL
    m_process->waitForFinished(5000);
    m_err += m_process->readAllStandardError();
}

QString ServerProcess::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

QByteArray ServerProcess::stderrText()
{
    if (m_process)
        m_err += m_process->readAllStandardError();
    return m_err;
}

HttpReply HttpClient::request(const QByteArray &method, const QString &path, const QByteArray &body,
                              const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest req(QUrl(m_base + path));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setTransferTimeout(60000);
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        req.setRawHeader(name, value);
    QNetworkReply *reply = m_manager.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && r.status == 0)
        r.error = reply->errorString();
    reply->deleteLater();
    return r;
}

HttpReply HttpClient::get(const QString &path, const QString &token)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token.toLatin1()});
    return request("GET", path, {}, headers);
}

HttpReply HttpClient::post(const QString &path, const QByteArray &body, const QString &token)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token.toLatin1()});
    return request("POST", path, body, headers);
}

HttpReply HttpClient::postJson(const QString &path, const QJsonObject &body, const QString &token)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

Teacher createTeacher(const QString &databaseUrl, const QString &email, const QString &name, const QString &password,
                      int iterations)
{
    Teacher t;
    t.email = email;
    t.password = password;
    QStringList args{u"admin"_s, u"create-teacher"_s,  u"--database"_s, databaseUrl, u"--email"_s, email, u"--name"_s,
                     name,       u"--password-stdin"_s};
    if (iterations > 0)
        args << u"--pbkdf2-iterations"_s << QString::number(iterations);
    const ProcessOutput out = runServerCommand(args, password.toUtf8() + '\n', 60000, iterations == 0);
    if (out.exitCode == 0)
        t.id = QString::fromUtf8(out.out).trimmed();
    else
        qWarning("create-teacher failed: %s", out.err.constData());
    return t;
}

bool login(HttpClient &http, Teacher &teacher)
{
    const HttpReply r =
        http.postJson(u"/api/v1/auth/login"_s, {{u"email"_s, teacher.email}, {u"password"_s, teacher.password}});
    if (r.status != 200)
        return false;
    teacher.accessToken = r.json().value(u"access_token").toString();
    teacher.refreshToken = r.json().value(u"refresh_token").toString();
    return !teacher.accessToken.isEmpty();
}

QJsonObject mutation(const QString &entity, const QString &id, const QJsonObject &fields, qint64 baseRev,
                     const QString &op, const QString &mutationId)
{
    return {{u"mutation_id"_s, mutationId.isEmpty() ? uuid() : mutationId},
            {u"entity"_s, entity},
            {u"id"_s, id},
            {u"op"_s, op},
            {u"base_rev"_s, baseRev},
            {u"fields"_s, fields}};
}

HttpReply push(HttpClient &http, const Teacher &teacher, const QString &clientId, const QJsonArray &mutations)
{
    return http.postJson(u"/api/v1/sync/push"_s, {{u"client_id"_s, clientId}, {u"mutations"_s, mutations}},
                         teacher.accessToken);
}

QList<QJsonObject> pullAll(HttpClient &http, const Teacher &teacher, qint64 since, int limit, qint64 *cursor,
                           int *pages)
{
    QList<QJsonObject> rows;
    int count = 0;
    for (;;) {
        const HttpReply r =
            http.get(u"/api/v1/sync/pull?since=%1&limit=%2"_s.arg(since).arg(limit), teacher.accessToken);
        ++count;
        if (r.status != 200) {
            qWarning("pull failed: %d %s", r.status, r.body.constData());
            break;
        }
        const QJsonObject page = r.json();
        for (const QJsonValue &row : page.value(u"changes").toArray())
            rows.append(row.toObject());
        since = page.value(u"next_cursor").toInteger();
        if (!page.value(u"has_more").toBool())
            break;
    }
    if (cursor)
        *cursor = since;
    if (pages)
        *pages = count;
    return rows;
}

} // namespace k12::test
