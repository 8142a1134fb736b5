#pragma once

#include "Change.h"
#include "ChangeWriter.h"
#include "Database.h"
#include "kernel/domain/Result.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace k12 {

struct EntityDef;

// The local replica of one profile: the database connection, the single writer
// that enforces the one rule, and a change signal item models listen to.
class Store : public QObject
{
    Q_OBJECT
public:
    // Opens DIR/k12.sqlite, creating DIR (0700) and the file (0600) if needed.
    static Result<std::unique_ptr<Store>> open(const QString &profileDir, QObject *parent = nullptr);
    static QString defaultProfileDir();

    ~Store() override;

    Database &database() { return *m_db; }
    const QString &profileDir() const { return m_profileDir; }
    ChangeWriter &writer() { return m_writer; }

    // Writes the changes (rows + outbox + audit, one transaction) and announces them.
    Result<QList<AppliedChange>> apply(const QString &action, const ChangeList &changes);

    // Reads one live (not deleted) row as a field map, including "id" and "rev".
    std::optional<QVariantMap> row(const EntityDef &def, const QString &id);
    // Reads live rows; `where` is a SQL condition with ? placeholders bound in order.
    QList<QVariantMap> rows(const EntityDef &def, const QString &where = {}, const QVariantList &binds = {},
                            const QString &orderBy = {});

    // For writers outside the one rule (pulled changes from the server).
    void announce(const QStringList &entities);

Q_SIGNALS:
    // After every committed write: which entities changed (cheap to filter)...
    void changed(const QStringList &entities);
    // ...and exactly what changed, for models that update in place instead of reloading.
    void changesApplied(const QList<k12::AppliedChange> &changes);
    // Rows changed by another connection (the sync thread): models that keep
    // data in memory reload.
    void externallyChanged(const QStringList &entities);
    // An undo or redo could not be written (the message says why).
    void writeFailed(const QString &message);

private:
    Store(QString profileDir, std::unique_ptr<Database> db, QObject *parent);

    QString m_profileDir;
    std::unique_ptr<Database> m_db;
    ChangeWriter m_writer;
};

} // namespace k12
