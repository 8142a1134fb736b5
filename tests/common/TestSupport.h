#pragma once

#include "models/store/Store.h"

#include <QDate>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>

#include <memory>

namespace k12::test {

// A fresh profile folder with an opened store, removed after the test.
struct TempProfile
{
    TempProfile();
    QString path() const { return dir.path(); }
    QString dbPath() const;
    Store &store() { return *m_store; }
    void close() { m_store.reset(); }
    void reopen();

    QTemporaryDir dir;

private:
    std::unique_ptr<Store> m_store;
};

qint64 countRows(Store &store, const QString &table, const QString &where = {});

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the built k12-teacher with the arguments and waits for it.
ProcessResult runTeacher(const QStringList &args, const QByteArray &stdinData = {}, int timeoutMs = 30000);

QByteArray readFile(const QString &path);

// Whether this run opted out of a prerequisite by name, in K12_ALLOW_SKIP
// (comma-separated: postgresql, keychain, pdftotext). CI never does.
bool skipAllowed(const QString &prerequisite);

// Fixes the app's clock (k12::Clock) at noon, local time, of `day`; Clock::reset() undoes it.
void setToday(const QDate &day);

void writeFile(const QString &path, const QByteArray &data);

// What translations/k12_teacher_en.ts makes of a "%n day(s)" source: "1 day",
// "3 days". Install it where a test reads such text as the app shows it.
class EnglishPlurals : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        if (n < 0 || !source)
            return {};
        QString s = QString::fromUtf8(source);
        if (!s.contains(QStringLiteral("(s)")))
            return {};
        return s.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
    bool isEmpty() const override { return false; }
};

} // namespace k12::test

// A test whose prerequisite (a service, a tool) is missing FAILS, naming it;
// it is skipped only when the run opted out of it explicitly (skipAllowed).
#define K12_REQUIRE(prerequisite, condition, why)                                                                      \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            if (k12::test::skipAllowed(QStringLiteral(prerequisite)))                                                  \
                QSKIP(qPrintable(QStringLiteral("K12_ALLOW_SKIP has " prerequisite ": ") + (why)));                    \
            QFAIL(qPrintable(QStringLiteral("missing prerequisite " prerequisite " (K12_ALLOW_SKIP=" prerequisite      \
                                            " to skip on purpose): ") +                                                \
                             (why)));                                                                                  \
        }                                                                                                              \
    } while (false)
