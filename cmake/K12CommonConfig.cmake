# One INTERFACE target that every K12 target links: language level, warnings,
# Qt safety macros and the optional sanitizers live here and nowhere else.
add_library(k12_common INTERFACE)
add_library(k12::common ALIAS k12_common)

target_compile_features(k12_common INTERFACE cxx_std_20)
# One include root for the whole tree: every header is named from it
# ("kernel/domain/Result.h", "server/store/RowStore.h", "ui/sync/ConflictsDialog.h"),
# so two folders of the same name in two libraries can never be confused.
# A header next to the file that includes it is named alone.
target_include_directories(k12_common INTERFACE ${PROJECT_SOURCE_DIR})
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(k12_common INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
if(K12_WERROR)
    target_compile_options(k12_common INTERFACE -Werror)
endif()

target_compile_definitions(k12_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    # One spelling across the tree: Q_SIGNALS, Q_SLOTS, Q_EMIT (the lowercase keywords do not compile).
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    K12_VERSION="${PROJECT_VERSION}")

if(K12_SANITIZE)
    target_compile_options(k12_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                -fno-sanitize-recover=undefined)
    target_link_options(k12_common INTERFACE -fsanitize=address,undefined)
endif()

# Compiling Qt headers dominates build time on a 2-core machine; every library
# shares one precompiled header per language set.
function(k12_precompile target)
    target_precompile_headers(${target} PRIVATE
        <QtCore/QString> <QtCore/QVariant> <QtCore/QList> <QtCore/QHash> <QtCore/QObject>
        <QtCore/QDateTime> <QtCore/QJsonObject> <QtCore/QJsonArray> <QtCore/QJsonDocument>
        <optional> <memory> <functional> <vector>)
endfunction()
