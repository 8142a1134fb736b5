#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

// Helpers for the k12-server integration suite: a fresh database per test
// (a temp SQLite file, or a new database in the throwaway PostgreSQL cluster),
// real server processes, and a small synchronous HTTP client.
namespace k12::test {

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString error; // transport error, if any

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
};

// A fresh, empty database for one test; dropped (PostgreSQL) or deleted after.
class TestDatabase
{
public:
    // backend: "sqlite" or "postgresql". For PostgreSQL, K12_TEST_PG_URL must be set.
    static bool available(const QString &backend, QString *why);
    explicit TestDatabase(const QString &backend);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    const QString &url() const { return m_url; }
    bool ok() const { return !m_url.isEmpty(); }
    const QString &error() const { return m_error; }
    // The first value of a query on this database (invalid on failure).
    QVariant queryValue(const QString &sql) const;
    // Runs statements straight on the database (a test making an older
    // schema); the first error, empty when all ran.
    QString execute(const QStringList &statements) const;

private:
    bool openDirect(QSqlDatabase *db, QString *error) const;

    QString m_backend;
    QString m_url;
    QString m_name;
    QString m_error;
    QTemporaryDir m_dir;
};

struct ProcessOutput
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs `k12-server <args>` to completion (admin commands). The suites run
// PBKDF2 at its minimum (K12_PBKDF2_ITERATIONS) unless `realPasswordCost`.
ProcessOutput runServerCommand(const QStringList &args, const QByteArray &stdinData = {}, int timeoutMs = 60000,
                               bool realPasswordCost = false);

// A running `k12-server serve` on 127.0.0.1 and a port it picked.
class ServerProcess
{
public:
    ServerProcess() = default;
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    bool start(const QString &databaseUrl, const QStringList &extraArgs = {}, bool realPasswordCost = false);
    // Starts the server through a launcher (e.g. `prlimit --nofile=64 --`).
    void setLauncher(const QStringList &launcher) { m_launcher = launcher; }
    // SIGTERM, then the exit code (-1 if it crashed or hung).
    int stop(int timeoutMs = 15000);
    // SIGKILL: no chance to finish anything.
    void kill();
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    QByteArray stderrText();
    qint64 pid() const { return m_process ? m_process->processId() : 0; }

private:
    std::unique_ptr<QProcess> m_process;
    QStringList m_launcher;
    quint16 m_port = 0;
    QByteArray m_err;
};

// Synchronous HTTP over QNetworkAccessManager (real sockets, keep-alive).
class HttpClient
{
public:
    explicit HttpClient(QString baseUrl)
        : m_base(std::move(baseUrl))
    {}

    HttpReply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                      const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpReply get(const QString &path, const QString &token = {});
    HttpReply post(const QString &path, const QByteArray &body, const QString &token = {});
    HttpReply postJson(const QString &path, const QJsonObject &body, const QString &token = {});

    QString baseUrl() const { return m_base; }
    QNetworkAccessManager &manager() { return m_manager; }

private:
    QString m_base;
    QNetworkAccessManager m_manager;
};

struct Teacher
{
    QString id;
    QString email;
    QString password;
    QString accessToken;
    QString refreshToken;
};

// admin create-teacher, with low PBKDF2 iterations unless `iterations` is 0
// (the server's default, for tests that need the real cost); empty id on failure.
Teacher createTeacher(const QString &databaseUrl, const QString &email, const QString &name = QStringLiteral("T"),
                      const QString &password = QStringLiteral("correct horse battery"), int iterations = 1000);
bool login(HttpClient &http, Teacher &teacher);

// Pushes and pulls with a teacher's token.
QJsonObject mutation(const QString &entity, const QString &id, const QJsonObject &fields, qint64 baseRev = 0,
                     const QString &op = QStringLiteral("upsert"), const QString &mutationId = {});
HttpReply push(HttpClient &http, const Teacher &teacher, const QString &clientId, const QJsonArray &mutations);
// Every change after `since`, following has_more; rows in pull order.
QList<QJsonObject> pullAll(HttpClient &http, const Teacher &teacher, qint64 since = 0, int limit = 1000,
                           qint64 *cursor = nullptr, int *pages = nullptr);

QString uuid();

} // namespace k12::test
