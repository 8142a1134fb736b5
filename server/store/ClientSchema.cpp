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
    reset();
    m_insert.clear();
    m_delete.clear();
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

void ClientSchema::reset()
{
    if (!m_inBatch)
        return;
    QSqlQuery q(m_db);
    q.exec(u"ROLLBACK"_s);
    m_inBatch = false;
}

Status ClientSchema::check(const EntityDef &def, const QString &id, const QVariantList &values)
{
    if (!m_inBatch) {
        QSqlQuery q(m_db);
        if (!q.exec(u"BEGIN"_s))
            return fail(q.lastError().text());
        m_inBatch = true;
    }
    std::shared_ptr<QSqlQuery> &insert = m_insert[def.name];
    std::shared_ptr<QSqlQuery> &remove = m_delete[def.name];
    if (!insert) {
        const QStringList names = def.fieldNames();
        insert = std::make_shared<QSqlQuery>(m_db);
        insert->prepare(u"INSERT INTO %1 (id, rev, updated_at, deleted, %2) VALUES (?, 0, '', 0, %3)"_s.arg(
            def.table(), names.join(u", "_s), QString(u"?, "_s.repeated(names.size() - 1) + u'?')));
        remove = std::make_shared<QSqlQuery>(m_db);
        remove->prepare(u"DELETE FROM %1 WHERE id = ?"_s.arg(def.table()));
    }
    // A row may be checked again later in the batch after another change.
    remove->bindValue(0, id);
    if (!remove->exec())
        return fail(remove->lastError().text());
    insert->bindValue(0, id);
    for (qsizetype i = 0; i < values.size(); ++i)
        insert->bindValue(int(i + 1), values.at(i));
    if (insert->exec())
        return {};
    const QString text = insert->lastError().databaseText();
    // Name the field the constraint is about, as every rejection must.
    QString field;
    for (const FieldDef &f : def.fields) {
        const QRegularExpression word(u"\\b%1\\b"_s.arg(f.name));
        if (word.match(text).hasMatch()) {
            field = f.name;
            break;
        }
    }
    if (text.contains(u"UNIQUE"_s))
        return fail(u"Another %1 in this batch already has the same %2 (%3)."_s.arg(def.name, field, text));
    if (field.isEmpty())
        return fail(u"The %1 has a value the client schema refuses (%2)."_s.arg(def.name, text));
    return fail(u"%1.%2 has a value that is not allowed (%3)."_s.arg(def.name, field, text));
}

} // namespace k12
