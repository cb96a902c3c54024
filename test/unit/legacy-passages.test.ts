/**
 * Legacy text pasted inside a Unicode article: a TCVN3 or VNI passage converts word for
 * word, and a word that already reads as Unicode Vietnamese is never touched. The passages
 * are made with the test dependency `vietnamese-conversion` from text written for this test.
 */
import * as assert from 'node:assert/strict';
import { applyFixes, lint } from '../../src/core/engine';
import { TODAY } from './helpers';

const vc = require('vietnamese-conversion') as { toTCVN3(s: string, from: string): string; toVNI(s: string, from: string): string };
const tcvn3 = (s: string) => vc.toTCVN3(s, 'unicode');
const vni = (s: string) => vc.toVNI(s, 'unicode');

const HEAD = 'Hội nghị tổng kết năm\n\nSáng nay, Ủy ban nhân dân huyện tổ chức hội nghị tổng kết công tác năm. ';
const P1 = 'Đồng chí Chủ tịch cho biết trong năm qua, toàn huyện đã hoàn thành các chỉ tiêu kinh tế, không có xã nào tụt hậu so với tháng trước.';
const MID = ' Nhiều ý kiến đóng góp được ghi nhận ngoài hội trường. ';
const P2 = "Người dân xã H'Leo phấn khởi vì đường sá được nâng cấp, giá lúa tăng 20% so với cùng kỳ, đồng/kg ổn định.";
const TAIL = ' Hội nghị bế mạc lúc 11 giờ.\n\nQuốc Hùng\n';

const legacyFindings = (text: string) => lint(text, { today: TODAY }).findings.filter((f) => f.ruleId === 'legacy-encoding');

describe('legacy passages inside a Unicode article', () => {
  it('--fix gives back the Unicode article byte for byte (one TCVN3 and one VNI passage)', () => {
    const original = HEAD + P1 + MID + P2 + TAIL;
    const pasted = HEAD + tcvn3(P1) + MID + vni(P2) + TAIL;
    assert.notEqual(pasted, original);
    const found = legacyFindings(pasted);
    assert.deepEqual(
      found.map((f) => [pasted.slice(f.start, f.end), f.fixes.length, f.fixes[0].preferred]),
      [
        [tcvn3(P1.slice(0, -1)), 1, true], // the final full stop is the same in both
        [vni(P2.slice(0, -1)), 1, true],
      ],
    );
    assert.equal(applyFixes(pasted, { today: TODAY }).text, original);
  });

  it('never touches Unicode words beside a passage (không, tháng, ngoài read as TCVN3 would be khụng, thỏng, ngồi)', () => {
    const passage = 'Ban Chấp hành đã họp';
    const text = `Tin ngắn\n\nTháng này không ${tcvn3(passage)} không tháng ngoài dự kiến.\n`;
    const found = legacyFindings(text);
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].start, found[0].end), tcvn3('Chấp hành đã họp')); // "Ban" reads the same in both
    assert.equal(applyFixes(text, { today: TODAY }).text, `Tin ngắn\n\nTháng này không ${passage} không tháng ngoài dự kiến.\n`);
  });

  it("converts words with a slash or an apostrophe whole (®ång/kg, H'Hen Niª)", () => {
    const passage = "Bà H'Hen Niê bán lúa giá sáu nghìn đồng/kg";
    const text = `Tin ngắn\n\nTheo ghi nhận, ${tcvn3(passage)}.\n`;
    assert.ok(tcvn3(passage).includes('®ång/kg') && tcvn3(passage).includes('Niª'));
    assert.equal(applyFixes(text, { today: TODAY }).text, `Tin ngắn\n\nTheo ghi nhận, ${passage}.\n`);
  });
});
