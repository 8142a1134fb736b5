#include "SyncStatus.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

QString SyncStatus::connectivityKey(Connectivity c)
{
    switch (c) {
    case Connectivity::Connecting:
        return u"connecting"_s;
    case Connectivity::Online:
        return u"online"_s;
    case Connectivity::Offline:
        return u"offline"_s;
    case Connectivity::ServerUnavailable:
        return u"server_unavailable"_s;
    case Connectivity::SignedOut:
        return u"signed_out"_s;
    case Connectivity::NotConfigured:
        return u"not_configured"_s;
    }
    return {};
}

} // namespace k12
