#!/usr/bin/python3
"""Rewrites the generated lists of the two manual pages from the programs' own help, after a
command or an option was added or changed (tst_packages fails while one is missing):
  - k12-teacher(1) COMMANDS, from `k12-teacher --help` (".SS Classes, roster and grades" up to
    ".SH EXIT STATUS" of packaging/k12-teacher/k12-teacher.1.in);
  - k12-server(8) SERVE OPTIONS, from `k12-server serve --help` (up to ".SH ADMIN COMMANDS" of
    packaging/k12-server/k12-server.8.in).
    packaging/update-manpages.py [BIN_DIR]        (default: build/bin)"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BIN_DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', 'build', 'bin')

# Sections of k12-teacher(1): the command that opens each one.
SECTIONS = {'class add': 'Classes, roster and grades', 'export gradebook': 'Import and export',
            'login': 'Syncing with the school\\(aqs server', 'plan list': 'Unit and lesson plans',
            'standard add': 'Standards and mastery', 'period add': 'Grading periods and finals',
            'guardian add': 'Families and progress reports', 'backup create': 'Backups and year end',
            'search': 'Search, Today and reminders'}
# Descriptions the page words differently from --help (where --help shows this machine's paths).
SERVE_TEXT = {'--database': (
    'Database URL: \\fBsqlite:\\fR\\fI/path/file.db\\fR or \\fBpostgresql://\\fR\\fIuser\\fR'
    '[\\fB:\\fR\\fIpassword\\fR]\\fB@\\fR\\fIhost\\fR\\fB:\\fR\\fIport\\fR\\fB/\\fR\\fIdb\\fR '
    '(default: \\fIsqlite:~/.local/share/K12/k12\\-server/k12\\-server.sqlite\\fR; the packaged '
    'service uses \\fI/var/lib/k12\\-server/k12\\-server.sqlite\\fR). Leave the password out of the '
    'URL (it would show in \\fBps\\fR): libpq reads \\fI~/.pgpass\\fR or \\fBPGPASSWORD\\fR.')}


def run(*args):
    env = dict(os.environ, QT_QPA_PLATFORM='offscreen')
    return subprocess.run(args, env=env, check=True, capture_output=True, text=True).stdout.split('\n')


def esc(s):
    return s.replace('\\', '\\e').replace('-', '\\-')


def splice(path, start, end, lines):
    page = open(path).read()
    a, b = page.index(start), page.index(end)
    open(path, 'w').write(page[:a] + '\n'.join(lines) + '\n' + page[b:])


def teacher_commands():
    lines = run(os.path.join(BIN_DIR, 'k12-teacher'), '--help')
    i = lines.index('Commands:') + 1
    out, count = [], 0
    while i < len(lines) and lines[i].startswith('  '):
        synopsis, desc = lines[i].strip(), lines[i + 1].strip()
        i, count = i + 2, count + 1
        words = synopsis.split(' ')
        head = []
        for w in words:
            if not re.fullmatch(r'[a-z][a-z-]*', w):
                break
            head.append(w)
        name, rest = ' '.join(head), ' '.join(words[len(head):]).strip()
        if name in SECTIONS:
            out.append('.SS ' + SECTIONS[name])
        out += ['.TP', '\\fB' + esc(name) + '\\fR' + (' ' + esc(rest) if rest else ''),
                esc(desc if desc.endswith('.') else desc + '.')]
    splice(os.path.join(HERE, 'k12-teacher', 'k12-teacher.1.in'), '.SS Classes, roster and grades',
           '.SH EXIT STATUS', out)
    return count


def serve_options():
    lines = run(os.path.join(BIN_DIR, 'k12-server'), 'serve', '--help')
    options = []
    for line in lines[lines.index('Options:') + 1:]:
        m = re.match(r'^  (-\S.*?)\s{2,}(.*)$', line)
        if m:
            options.append([m.group(1), m.group(2)])
        elif line.strip():
            # A continuation line. (Qt also breaks a word too long for the column, such as a
            # path, without a hyphen: SERVE_TEXT words those options itself.)
            options[-1][1] += ' ' + line.strip()
    out = ['.SH SERVE OPTIONS']
    for opt, desc in options:
        m = re.match(r'(--[\w-]+)(?: <(.+)>)?', opt)
        if not m or m.group(1) in ('--help', '--help-all'):
            continue
        flag, arg = m.group(1), m.group(2)
        out += ['.TP', '\\fB' + esc(flag) + '\\fR' + (' \\fI' + esc(arg) + '\\fR' if arg else ''),
                SERVE_TEXT.get(flag, esc(desc))]
    splice(os.path.join(HERE, 'k12-server', 'k12-server.8.in'), '.SH SERVE OPTIONS', '.SH ADMIN COMMANDS', out)
    return len(out) // 3


print(f'k12-teacher(1): {teacher_commands()} commands; k12-server(8): {serve_options()} serve options')
