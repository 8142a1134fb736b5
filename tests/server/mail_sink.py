#!/usr/bin/python3
"""A real SMTP server process for the mail suites (python3-aiosmtpd).

Every message it accepts lands in a maildir (DIR/new), like
`python3 -m aiosmtpd -c aiosmtpd.handlers.Mailbox DIR`, with faults on demand:
  --refuse-seconds N   answer 451 to MAIL FROM for the first N seconds (a relay
                       that refuses for a while);
  --rcpt-delay-ms N    wait before answering RCPT TO (a slow relay), after
                       appending a line to --marker FILE (so a test knows a
                       transaction is in flight before DATA);
  --data-delay-ms N   wait before answering the end of DATA (the whole message
                       is in; a relay slow to say 250), after appending "data"
                       to --marker FILE; a client that hangs up meanwhile
                       cancels the handler, so the message is not stored;
  --tls-cert/--tls-key require STARTTLS with that certificate;
  --auth user:password require AUTH (after STARTTLS) with those credentials.
Prints "ready" on stdout when it listens; stops on SIGTERM.
"""
import argparse
import asyncio
import signal
import ssl
import sys
import threading
import time

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import AuthResult


class Sink(Mailbox):
    def __init__(self, directory, refuse_seconds, rcpt_delay_ms, marker, data_delay_ms=0):
        super().__init__(directory)
        self.data_delay = data_delay_ms / 1000.0
        self.refuse_until = time.monotonic() + refuse_seconds
        self.rcpt_delay = rcpt_delay_ms / 1000.0
        self.marker = marker

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if time.monotonic() < self.refuse_until:
            return "451 4.3.0 Test sink refuses for a while"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.marker:
            with open(self.marker, "a") as f:
                f.write("rcpt\n")
        if self.rcpt_delay:
            await asyncio.sleep(self.rcpt_delay)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.data_delay:
            if self.marker:
                with open(self.marker, "a") as f:
                    f.write("data\n")
            # aiosmtpd cancels this coroutine when the connection is lost.
            await asyncio.sleep(self.data_delay)
        return await super().handle_DATA(server, session, envelope)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--dir", required=True)
    p.add_argument("--refuse-seconds", type=float, default=0)
    p.add_argument("--rcpt-delay-ms", type=int, default=0)
    p.add_argument("--data-delay-ms", type=int, default=0)
    p.add_argument("--marker", default="")
    p.add_argument("--tls-cert", default="")
    p.add_argument("--tls-key", default="")
    p.add_argument("--auth", default="")
    a = p.parse_args()

    kwargs = {}
    if a.tls_cert:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(a.tls_cert, a.tls_key)
        kwargs.update(tls_context=ctx, require_starttls=True)
    if a.auth:
        user, password = a.auth.split(":", 1)

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = auth_data.login == user.encode() and auth_data.password == password.encode()
            return AuthResult(success=ok)

        kwargs.update(authenticator=authenticator, auth_required=True)
    handler = Sink(a.dir, a.refuse_seconds, a.rcpt_delay_ms, a.marker, a.data_delay_ms)
    controller = Controller(handler, hostname="127.0.0.1", port=a.port, **kwargs)
    controller.start()
    print("ready", flush=True)
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    signal.signal(signal.SIGINT, lambda *_: done.set())
    while not done.wait(0.2):
        pass
    controller.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
