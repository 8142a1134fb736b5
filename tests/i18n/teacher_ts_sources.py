#!/usr/bin/python3
"""The teacher's translations hold the teacher's strings only (issue 21).

update_translations runs lupdate once per program: k12-teacher over app, ui,
models, sync and kernel (app/CMakeLists.txt), k12_server over server/
(server/CMakeLists.txt). This checks the lupdate projects CMake writes when it
configures (BUILD/app/.lupdate/k12-teacher_project.cmake; the .json beside it
appears only once lupdate has run): the teacher's lists sources, none of them
under server/, and writes only translations/k12_teacher_*.ts; the server's
(k12_server_strings) writes only k12_server_*.ts from server/ sources.

  teacher_ts_sources.py SOURCE_DIR BUILD_DIR    exit 0 when so, 1 otherwise
"""
import os
import re
import sys


def project(build, name):
    """The lists of a lupdate project: set(lupdate_sources "a;b") -> {'sources': ['a', 'b']}."""
    path = os.path.join(build, name)
    with open(path, encoding='utf-8') as f:
        text = f.read()
    lists = {}
    for key, value in re.findall(r'set\(lupdate_(\w+) "([^"]*)"\)', text):
        lists[key] = [v for v in value.split(';') if v]
    for key in ('sources', 'translations'):
        lists.setdefault(key, [])
    return path, lists


def main():
    source, build = (os.path.realpath(p) for p in sys.argv[1:3])
    problems = []
    path, teacher = project(build, 'app/.lupdate/k12-teacher_project.cmake')
    server_dir = os.path.join(source, 'server') + os.sep
    if len(teacher['sources']) < 100:
        problems.append('%s: only %d sources' % (path, len(teacher['sources'])))
    problems += ['%s: a server source: %s' % (path, s) for s in teacher['sources']
                 if os.path.realpath(s).startswith(server_dir)]
    problems += ['%s: writes %s' % (path, t) for t in teacher['translations']
                 if not os.path.basename(t).startswith('k12_teacher_')]
    path, server = project(build, 'server/.lupdate/k12_server_strings_project.cmake')
    problems += ['%s: writes %s' % (path, t) for t in server['translations']
                 if not os.path.basename(t).startswith('k12_server_')]
    problems += ['%s: a source outside server/: %s' % (path, s) for s in server['sources']
                 if not os.path.realpath(s).startswith(server_dir)]
    for p in problems:
        print(p)
    if not problems:
        print('teacher: %d sources, none under server/; server: %d sources' %
              (len(teacher['sources']), len(server['sources'])))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
