#include "ClientSchema.h"

#include "store/Migrations.h"

#include <QAtomicInteger>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <mutex>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"k12-client-schema-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// A column default as SQLite reports it: 'text', a number, or NULL.
QVariant parseDefault(const QVariant &dflt)
{
    if (dflt.isNull())
        return {};
    const QString text = dflt.toString().trimmed();
    if (text.size() >= 2 && text.startsWith(u'\'') && text.endsWith(u'\''))
        return text.mid(1, text.size() - 2).replace(u"''"_s, u"'"_s);
    if (text.compare(u"NULL"_s, Qt::CaseInsensitive) == 0)
        return {};
    bool ok = false;
    if (const qint64 i = text.toLongLong(&ok); ok)
        return i;
    if (const double d = text.toDouble(&ok); ok)
        return d;
    return text;
}

// The text of every CHECK (...) in a CREATE TABLE statement.
QStringList checkClauses(const QString &createSql)
{
    QStringList out;
    const QRegularExpression check(u"\\bCHECK\\s*\\("_s, QRegularExpression::CaseInsensitiveOption);
    auto it = check.globalMatch(createSql);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        int depth = 1;
        qsizetype i = m.capturedEnd();
        const qsizetype start = i;
        for (; i < createSql.size() && depth > 0; ++i) {
            if (createSql.at(i) == u'(')
                ++depth;
            else if (createSql.at(i) == u')')
                --depth;
        }
        out.append(createSql.mid(start, i - start - 1));
    }
    return out;
}

QHash<QString, ClientSchema::EntityInfo> computeInfo()
{
    QHash<QString, ClientSchema::EntityInfo> out;
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(u":memory:"_s);
        bool ok = db.open();
        for (const Migration &m : Migrations::all()) {
            for (const QString &sql : m.statements) {
                QSqlQuery q(db);
                ok = ok && q.exec(sql);
            }
        }
        if (!ok)
            qFatal("the client schema does not build in SQLite");
        for (const EntityDef &def : EntitySchema::all()) {
            ClientSchema::EntityInfo info;
            QHash<QString, QVariant> defaults;
            QSqlQuery q(db);
            q.prepare(u"SELECT name, dflt_value FROM pragma_table_info(?)"_s);
            q.addBindValue(def.name);
            if (q.exec()) {
                while (q.next())
                    defaults.insert(q.value(0).toString(), parseDefault(q.value(1)));
            }
            for (const FieldDef &field : def.fields)
                info.defaults.append(EntitySchema::toSql(field, defaults.value(field.name)));

            QSqlQuery indexes(db);
            indexes.prepare(u"SELECT name FROM pragma_index_list(?) WHERE \"unique\" = 1 AND origin <> 'pk'"_s);
            indexes.addBindValue(def.name);
            QStringList names;
            if (indexes.exec()) {
                while (indexes.next())
                    names.append(indexes.value(0).toString());
            }
            for (const QString &index : std::as_const(names)) {
                QSqlQuery columns(db);
                columns.prepare(u"SELECT name FROM pragma_index_info(?) ORDER BY seqno"_s);
                columns.addBindValue(index);
                QStringList key;
                if (columns.exec()) {
                    while (columns.next())
                        key.append(columns.value(0).toString());
                }
                if (!key.isEmpty() && !key.contains(u"id"_s))
                    info.uniqueKeys.append(key);
            }
            QSqlQuery table(db);
            table.prepare(u"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
            table.addBindValue(def.name);
            if (table.exec() && table.next()) {
                const QStringList checks = checkClauses(table.value(0).toString());
                for (qsizetype i = 0; i < def.fields.size(); ++i) {
                    const QRegularExpression word(u"\\b%1\\b"_s.arg(def.fields.at(i).name));
                    for (const QString &clause : checks) {
                        if (word.match(clause).hasMatch()) {
                            info.checkedFields.append(int(i));
                            break;
                        }
                    }
                }
            }
            out.insert(def.name, info);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace

const ClientSchema::EntityInfo &ClientSchema::info(const EntityDef &def)
{
    static const QHash<QString, EntityInfo> all = computeInfo();
    static const EntityInfo empty;
    const auto it = all.constFind(def.name);
    return it == all.constEnd() ? empty : *it;
}

Result<QSqlDatabase> ClientSchema::openClientSchema(const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(u":memory:"_s);
    if (!db.open())
        return fail(u"Cannot open an in-memory SQLite database: %1"_s.arg(db.lastError().text()));
    for (const Migration &m : Migrations::all()) {
        for (const QString &sql : m.statements) {
            QSqlQuery q(db);
            if (!q.exec(sql))
                return fail(u"The client schema does not build: %1"_s.arg(q.lastError().text()));
        }
    }
    // References are the server's business (it checks them against its own
    // rows); here only the row's own constraints matter.
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA foreign_keys=OFF"_s))
        return fail(q.lastError().text());
    return db;
}

Result<std::unique_ptr<ClientSchema>> ClientSchema::create()
{
    Result<QSqlDatabase> db = openClientSchema(nextConnectionName());
    if (!db)
        return Error{db.error()};
    return std::unique_ptr<ClientSchema>(new ClientSchema(*db));
}

ClientSchema::ClientSchema(QSqlDatabase db)
    : m_db(std::move(db))
{}

ClientSchema::~ClientSchema()
{
    m_insert.clear();
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Status ClientSchema::check(const EntityDef &def, const QString &id, const QVariantList &values)
{
    const EntityInfo &facts = info(def);
    if (facts.checkedFields.isEmpty())
        return {};
    QString key = def.name;
    for (int i : facts.checkedFields)
        key += QChar(0x1f) + (values.value(i).isNull() ? u"\u0000"_s : values.value(i).toString());
    if (const auto known = m_verdicts.constFind(key); known != m_verdicts.constEnd())
        return known->isEmpty() ? Status{} : fail(*known);

    std::shared_ptr<QSqlQuery> &insert = m_insert[def.name];
    if (!insert) {
        const QStringList names = def.fieldNames();
        insert = std::make_shared<QSqlQuery>(m_db);
        insert->prepare(u"INSERT INTO %1 (id, rev, updated_at, deleted, %2) VALUES (?, 0, '', 0, %3)"_s.arg(
            def.table(), names.join(u", "_s), QString(u"?, "_s.repeated(names.size() - 1) + u'?')));
    }
    // Tried in a transaction that is always rolled back: the table stays empty.
    QSqlQuery control(m_db);
    if (!control.exec(u"BEGIN"_s))
        return fail(control.lastError().text());
    insert->bindValue(0, id);
    for (qsizetype i = 0; i < values.size(); ++i)
        insert->bindValue(int(i + 1), values.at(i));
    const bool accepted = insert->exec();
    const QString text = insert->lastError().databaseText();
    insert->finish();
    control.exec(u"ROLLBACK"_s);

    QString verdict;
    if (!accepted) {
        // Name the field the constraint is about, as every rejection must.
        QString field;
        for (const FieldDef &f : def.fields) {
            const QRegularExpression word(u"\\b%1\\b"_s.arg(f.name));
            if (word.match(text).hasMatch()) {
                field = f.name;
                break;
            }
        }
        verdict = field.isEmpty() ? u"The %1 has a value the client schema refuses (%2)."_s.arg(def.name, text)
                                  : u"%1.%2 has a value that is not allowed (%3)."_s.arg(def.name, field, text);
    }
    if (m_verdicts.size() > 20000)
        m_verdicts.clear();
    m_verdicts.insert(key, verdict);
    return verdict.isEmpty() ? Status{} : fail(verdict);
}

} // namespace k12
