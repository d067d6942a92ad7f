"""Writes alembic-cases.tsv: random revision graphs and what Alembic does with them.

AlembicCasesTest replays every case against RevisionGraph. Run with the system Python and Debian's
python3-alembic (1.8.1):  python3 alembic_cases.py > alembic-cases.tsv

Lines (tab-separated):
  G  graph: id:revises:depends_on:branch_labels;...  (ids sort in the order Alembic reads them)
  L  id=labels;...  the branch labels Alembic computes for each revision
  R  identifier  the revisions it names (get_revisions), or ERROR <type>
  H  START:END  ids newest first, or ERROR <type>
  U|D|S  current rows  target  steps, or ERROR <type>: <message>
A step is  revision=changes=rows after it,  changes being +id (insert), -id (delete), a>b (update),
joined by '/'; stamp steps are named 'stamp'.
"""
import random
import sys

from alembic.runtime.migration import HeadMaintainer, RevisionStep
from alembic.script.base import ScriptDirectory
from alembic.script.revision import Revision, RevisionMap


class Module:
    def upgrade(self):
        pass

    def downgrade(self):
        pass


class Rev(Revision):
    module = Module()


def unmerge_targets(step, heads):
    """Upstream Alembic (after 1.8.1) also drops parents that are ancestors of other parents."""
    rmap = step.revision_map
    others = set(heads) - {step.revision.revision}
    if others:
        implied = {r.revision for r in rmap._get_ancestor_nodes(rmap.get_revisions(others), check=False)}
    else:
        implied = set()
        for parent in step.to_revisions:
            below = rmap._get_ancestor_nodes(rmap.get_revisions(parent), check=False)
            implied |= {r.revision for r in below if r.revision != parent}
    return tuple(set(step.to_revisions) - implied)


RevisionStep._unmerge_to_revisions = unmerge_targets


class Recorder(HeadMaintainer):
    def __init__(self, heads):
        self.heads = set(heads)
        self.log = []

    def _insert_version(self, version):
        assert version not in self.heads
        self.heads.add(version)
        self.log.append("+" + version)

    def _delete_version(self, version):
        self.heads.remove(version)
        self.log.append("-" + version)

    def _update_version(self, old, new):
        assert new not in self.heads
        self.heads.remove(old)
        self.heads.add(new)
        self.log.append(old + ">" + new)


def random_graph(rnd, largest):
    nodes = []
    for i in range(rnd.randint(3, largest)):
        if i == 0 or rnd.random() < 0.12:
            parents = ()
        elif i > 1 and rnd.random() < 0.18:
            parents = tuple(sorted(rnd.sample(range(i), 2)))
        else:
            parents = (rnd.randrange(i),)
        parents = tuple("r%02d" % p for p in parents)
        deps = ()
        if i > 0 and rnd.random() < 0.15:
            dep = "r%02d" % rnd.randrange(i)
            deps = () if dep in parents else (dep,)
        labels = ("L%d" % i,) if rnd.random() < 0.15 else ()
        nodes.append(("r%02d" % i, parents, deps, labels))
    return nodes


def script_directory(nodes):
    rmap = RevisionMap(lambda: [Rev(r, p or None, dependencies=d or None, branch_labels=l or None)
                                for r, p, d, l in nodes])
    directory = ScriptDirectory.__new__(ScriptDirectory)
    directory.revision_map = rmap
    return directory


def replay(steps, rows):
    recorder = Recorder(rows)
    out = []
    for step in steps:
        before = len(recorder.log)
        recorder.update_to_step(step)
        name = step.revision.revision if isinstance(step, RevisionStep) else "stamp"
        out.append("%s=%s=%s" % (name, "/".join(recorder.log[before:]), ",".join(sorted(recorder.heads))))
    return " ".join(out), recorder.heads


def random_target(rnd, nodes):
    ids = [n[0] for n in nodes]
    labels = [label for n in nodes for label in n[3]]
    kind = rnd.choice(["id", "id", "id", "heads", "base", "relative", "label"])
    if kind == "id":
        return rnd.choice(ids)
    if kind == "relative":
        return rnd.choice(["+1", "+2", "-1", "-2", rnd.choice(ids) + "+1", rnd.choice(ids) + "-1"])
    if kind == "label" and labels:
        return rnd.choice(labels) + rnd.choice(["@head", "@base", "", "@+1", "@-1"])
    return kind


def some_rows(rnd, directory, nodes):
    rows = ()
    for _ in range(1 if rnd.random() < 0.7 else 2):
        try:
            steps = directory._upgrade_revs(rnd.choice(nodes)[0], rows)
            rows = tuple(sorted(replay(steps, rows)[1]))
        except Exception:
            pass
    return rows


def error(e):
    return "ERROR %s: %s" % (type(e).__name__, str(e).replace("\t", " ").replace("\n", " "))


def cases(rnd, largest):
    nodes = random_graph(rnd, largest)
    directory = script_directory(nodes)
    print("G\t" + ";".join("%s:%s:%s:%s" % (r, ",".join(p), ",".join(d), ",".join(l)) for r, p, d, l in nodes))
    rmap = directory.revision_map
    print("L\t" + ";".join("%s=%s" % (r, ",".join(sorted(rmap.get_revision(r).branch_labels))) for r, _, _, _ in nodes))
    labels = [label for n in nodes for label in n[3]]
    for identifier in ["head", "heads", "base"] + [rnd.choice(nodes)[0] for _ in range(2)] + [
            label + suffix for label in labels for suffix in ("", "@head", "@heads", "@base", "@" + rnd.choice(nodes)[0])]:
        try:
            result = ",".join(r.revision for r in rmap.get_revisions(identifier) if r is not None)
        except (Exception, AssertionError) as e:
            result = "ERROR " + type(e).__name__
        print("R\t%s\t%s" % (identifier, result))
    ranges = [("base", "heads")]
    for _ in range(6):
        rows = some_rows(rnd, directory, nodes)
        for kind in "UDS":
            target = random_target(rnd, nodes)
            try:
                if kind == "U":
                    steps = directory._upgrade_revs(target, rows)
                elif kind == "D":
                    steps = directory._downgrade_revs(target, rows)
                else:
                    steps = directory._stamp_revs(target, rows)
                result = replay(steps, rows)[0]
            except (Exception, AssertionError) as e:
                result = error(e)
            print("%s\t%s\t%s\t%s" % (kind, ",".join(rows), target, result))
        ranges.append((rnd.choice(["base", rnd.choice(nodes)[0]]), rnd.choice(["heads", rnd.choice(nodes)[0]])))
    for start, end in ranges:
        try:
            result = ",".join(r.revision for r in directory.walk_revisions(start, end))
        except (Exception, AssertionError) as e:
            result = "ERROR " + type(e).__name__
        print("H\t%s:%s\t%s" % (start, end, result))


def main():
    rnd = random.Random(20260114)
    for _ in range(80):
        cases(rnd, 14)
    for _ in range(40):
        cases(rnd, 30)


main()
