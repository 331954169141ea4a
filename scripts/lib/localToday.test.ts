import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localToday } from './localToday';

describe('localToday', () => {
    it('is the local calendar day, zero-padded', () => {
        assert.equal(localToday(new Date(2026, 0, 5, 23, 59)), '2026-01-05');
        assert.equal(localToday(new Date(2026, 11, 31, 0, 0)), '2026-12-31');
    });
});
