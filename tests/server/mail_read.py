#!/usr/bin/python3
"""Reads the maildir a test SMTP sink wrote (DIR/new) with python's email
module and prints one JSON array: per message its headers (decoded), its
MIME structure, its text and HTML parts and the parser's defects."""
import email
import email.policy
import json
import os
import sys


def main():
    directory = os.path.join(sys.argv[1], "new")
    out = []
    names = sorted(os.listdir(directory)) if os.path.isdir(directory) else []
    for name in names:
        with open(os.path.join(directory, name), "rb") as f:
            msg = email.message_from_binary_file(f, policy=email.policy.default)
        entry = {
            "file": name,
            "key": str(msg.get("X-K12-Mail-Key", "")),
            "message_id": str(msg.get("Message-ID", "")),
            "from": str(msg.get("From", "")),
            "to": str(msg.get("To", "")),
            "subject": str(msg.get("Subject", "")),
            "date": str(msg.get("Date", "")),
            "list_unsubscribe": str(msg.get("List-Unsubscribe", "")),
            "list_unsubscribe_post": str(msg.get("List-Unsubscribe-Post", "")),
            "content_type": msg.get_content_type(),
            "parts": [],
            "defects": [type(d).__name__ for d in msg.defects],
        }
        if msg.is_multipart():
            for part in msg.iter_parts():
                entry["parts"].append(part.get_content_type())
                entry["defects"] += [type(d).__name__ for d in part.defects]
        text = msg.get_body(preferencelist=("plain",))
        html = msg.get_body(preferencelist=("html",))
        entry["text"] = text.get_content() if text is not None else ""
        entry["html"] = html.get_content() if html is not None else ""
        entry["text_charset"] = text.get_content_charset() if text is not None else ""
        out.append(entry)
    json.dump(out, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
