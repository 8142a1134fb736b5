#pragma once

#include <QByteArray>

namespace k12::bench {

// A blocking HTTP/1.1 client on one keep-alive connection to 127.0.0.1:
// nothing between the measurement and the socket (the benchmarks' raw figures).
class RawHttp
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
    };

    explicit RawHttp(quint16 port);
    ~RawHttp();
    RawHttp(const RawHttp &) = delete;
    RawHttp &operator=(const RawHttp &) = delete;

    Reply request(const char *method, const QByteArray &path, const QByteArray &body = {},
                  const QByteArray &token = {});

private:
    void fill();

    int m_fd = -1;
    QByteArray m_buffer;
};

} // namespace k12::bench
