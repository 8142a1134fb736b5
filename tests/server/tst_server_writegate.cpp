// The server's SQLite write path (issue 22): writers of one process queue on
// the write gate instead of SQLite's busy handler, and a group commit runs
// several pushes' transactions as savepoints of one transaction. Real SQLite
// files, real connections (server/store/Database), no HTTP.
#include "server/store/Database.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using namespace k12::server;

class TestServerWriteGate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DatabaseConfig m_config;

    std::unique_ptr<Database> open()
    {
        Result<std::unique_ptr<Database>> db = Database::open(m_config);
        if (!db)
            qFatal("cannot open the test database: %s", qPrintable(db.error()));
        return std::move(db).value();
    }

    static QList<int> ids(Database &db)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(u"SELECT id FROM t ORDER BY id"_s))
            qFatal("cannot read t");
        QList<int> out;
        while (q.next())
            out.append(q.value(0).toInt());
        return out;
    }

    static void insert(Database &db, int id)
    {
        QVERIFY(db.begin(Database::TxKind::Write));
        QVERIFY(db.execute(u"INSERT INTO t (id) VALUES (%1)"_s.arg(id)));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"gate-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        Result<DatabaseConfig> config = DatabaseConfig::fromUrl(u"sqlite:"_s + path);
        QVERIFY2(config, qPrintable(config.error()));
        m_config = *config;
        std::unique_ptr<Database> db = open();
        QVERIFY(db->execute(u"CREATE TABLE t (id INTEGER PRIMARY KEY)"_s));
    }

    // A second writer of the process waits for the first one's COMMIT and
    // starts right after it; a reader reads meanwhile.
    void secondWriterWaitsForTheFirst()
    {
        std::unique_ptr<Database> first = open();
        insert(*first, 1);
        std::atomic<bool> firstCommitted{false};
        std::atomic<bool> secondSawCommit{false};
        std::atomic<qint64> secondWaitedMs{-1};
        std::thread second([&] {
            std::unique_ptr<Database> db = open();
            QElapsedTimer t;
            t.start();
            if (!db->begin(Database::TxKind::Write))
                return;
            secondWaitedMs = t.elapsed();
            secondSawCommit = firstCommitted.load();
            if (db->execute(u"INSERT INTO t (id) VALUES (2)"_s))
                (void)db->commit();
        });
        QTest::qWait(300);
        // WAL: a reader is not held back by the writer.
        std::unique_ptr<Database> reader = open();
        QCOMPARE(ids(*reader), QList<int>{});
        firstCommitted = true;
        QVERIFY(first->commit());
        second.join();
        QVERIFY(secondSawCommit.load());
        QVERIFY2(secondWaitedMs.load() >= 250, qPrintable(QString::number(secondWaitedMs.load())));
        QCOMPARE(ids(*reader), (QList<int>{1, 2}));
    }

    // Three pushes in one group: the one that rolls back leaves nothing, the
    // others commit together, and a reader sees none of them until then.
    void groupCommitsTogetherAndRollsBackOnePush()
    {
        std::unique_ptr<Database> writer = open();
        std::unique_ptr<Database> reader = open();
        QVERIFY(writer->beginGroup());
        QVERIFY(writer->inGroup());
        insert(*writer, 1);
        QVERIFY(writer->commit());
        insert(*writer, 2);
        writer->rollback();
        insert(*writer, 3);
        QVERIFY(writer->commit());
        QVERIFY(writer->groupIntact());
        QCOMPARE(ids(*reader), QList<int>{});
        QVERIFY(writer->commitGroup());
        QVERIFY(!writer->inGroup());
        QCOMPARE(ids(*reader), (QList<int>{1, 3}));
        // The gate is free again: another connection writes at once.
        std::unique_ptr<Database> other = open();
        QElapsedTimer t;
        t.start();
        insert(*other, 4);
        QVERIFY(other->commit());
        QVERIFY(t.elapsed() < 1000);
        QCOMPARE(ids(*reader), (QList<int>{1, 3, 4}));
    }

    // When SQLite ends the group's transaction by itself (here: a ROLLBACK
    // from under it), nothing of the group commits and every later push of
    // the group fails instead of committing on its own.
    void groupRolledBackUnderneathCommitsNothing()
    {
        std::unique_ptr<Database> writer = open();
        QVERIFY(writer->beginGroup());
        insert(*writer, 1);
        QVERIFY(writer->commit());
        QVERIFY(writer->execute(u"ROLLBACK"_s));
        QVERIFY(!writer->groupIntact());
        QVERIFY(!writer->begin(Database::TxKind::Write));
        QVERIFY(!writer->commitGroup());
        std::unique_ptr<Database> reader = open();
        QCOMPARE(ids(*reader), QList<int>{});
        insert(*reader, 5); // the gate was given back
        QVERIFY(reader->commit());
        QCOMPARE(ids(*writer), QList<int>{5});
    }
};

QTEST_GUILESS_MAIN(TestServerWriteGate)
#include "tst_server_writegate.moc"
