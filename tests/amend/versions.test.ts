import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { diffPlans } from '../../src/amend/diffPlans.js';
import { loadVersion, Scratch } from '../../src/amend/versions.js';
import { InputError } from '../../src/model/problems.js';
import { copyOfPlan, edit, removeCopies } from '../helpers.js';
import { editCard } from './scenario.js';

const scratch = new Scratch();
afterAll(() => {
  scratch.dispose();
  removeCopies();
});

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-C', cwd, ...args], { stdio: 'pipe' }).toString();

describe('versions named by git commit or tag', () => {
  it('reads the plan folder as a commit holds it and compares it with the working tree', () => {
    const repo = copyOfPlan();
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'r1');
    git(repo, 'tag', 'signed-r1');
    edit(repo, 'plan.yaml', 'revision:\n  number: 1', 'revision:\n  number: 2');
    editCard(repo, 'projects-1-culture.yaml', 'law-knowledge-training', '2566: 30000', '2566: 45000');

    const from = loadVersion('signed-r1', repo, scratch);
    const to = loadVersion(undefined, repo, scratch);
    expect(from.source).toMatchObject({ kind: 'git', ref: 'signed-r1', commit: git(repo, 'rev-parse', 'signed-r1').trim() });
    expect(from.plan.revision.number).toBe(1);
    expect(to.plan.revision.number).toBe(2);
    const changes = diffPlans(from.plan, to.plan);
    expect(changes.changed.map((p) => [p.id, p.fields.map((f) => f.key)])).toEqual([['law-knowledge-training', ['budget']]]);
    expect(from.nameOf(from.plan.sourceFiles.find((f) => f.endsWith('plan.yaml'))!)).toMatch(/^[0-9a-f]{7}:plan\.yaml$/);

    // An unknown ref is a located input error, not a crash.
    expect(() => loadVersion('no-such-tag', repo, scratch)).toThrow(InputError);
  });
});
