import { defineRule, FixReport, replaceFix, RuleContext } from '../rule';
import { AbbrUse, analyseAbbreviations } from '../analysis/abbreviations';
import { isAllowedAbbreviation } from '../analysis/allow';
import { isSentenceStart } from '../analysis/sentences';
import { capitalize } from '../text/vietnamese';
import { articleToneTarget, restyle } from '../analysis/tone-style';
import { fullFormBefore, insideQuotation, isNameHere, meaningAt } from '../analysis/abbreviation-context';

export default defineRule({
  id: 'abbreviation-undefined',
  meta: {
    category: 'abbreviation',
    scope: 'article',
    description: {
      vi: 'Viết tắt phải được giải thích ở lần dùng đầu tiên: "cán bộ, đảng viên (CB, ĐV)".',
      en: 'An abbreviation must be explained at its first use: "cán bộ, đảng viên (CB, ĐV)".',
    },
    rationale: {
      vi: 'Quy ước của các tòa soạn và tạp chí (Tạp chí Du lịch Việt Nam 3.1; Kinh tế & Phát triển; Kinh tế đối ngoại): cụm từ viết đầy đủ một lần ở đầu bài, sau đó mở ngoặc nêu cách viết tắt. Chỉ báo một lần cho mỗi viết tắt, ở lần dùng đầu. Viết tắt quốc tế (ASEAN, WTO, GDP), đơn vị, số La Mã, ký hiệu văn bản (30/2020/NĐ-CP) và học hàm trước tên (PGS.TS) không cần giải thích. Viết tắt không có trong từ điển, hoặc chỉ có trong các dòng từ điển chưa được xác nhận (nguồn C), được báo ở mức thông tin.',
      en: 'Newsroom and journal convention (Du lịch Việt Nam 3.1; NEU; FTU): write the phrase in full once at its first use, then the abbreviation in parentheses. One finding per abbreviation, at its first use. International acronyms (ASEAN, WTO, GDP), units, Roman numerals, document symbols (30/2020/NĐ-CP) and titles before a name (PGS.TS) need no definition. Abbreviations absent from the dictionary, or known only from unconfirmed rows (provenance C), are reported at info level.',
    },
    severity: 'warning',
    fixable: 'both',
    house: ['toneStyle'], // the dictionary form a fix writes follows the article's tone style
    movesText: true, // "(ABBR)" goes after the full form, which may be written in an earlier paragraph
    usesMeaning: true,
    sources: ['reference §1.2', 'reference §1.3 ABBR-1, ABBR-2, ABBR-5, ABBR-6'],
    messages: {
      undefined: {
        vi: 'Viết tắt "{abbr}" chưa được giải thích. Lần đầu hãy viết: "{suggestion}".',
        en: 'Abbreviation "{abbr}" is not explained. At its first use write: "{suggestion}".',
      },
      ambiguous: {
        vi: 'Viết tắt "{abbr}" chưa được giải thích và có nhiều nghĩa ({meanings}). Lần đầu hãy viết dạng đầy đủ rồi đặt "{abbr}" trong ngoặc.',
        en: 'Abbreviation "{abbr}" is not explained and has several meanings ({meanings}). At its first use write the full form with "{abbr}" in parentheses.',
      },
      unknown: {
        vi: 'Viết tắt "{abbr}" chưa được giải thích. Lần đầu hãy viết dạng đầy đủ rồi đặt "{abbr}" trong ngoặc, hoặc thêm nó vào danh sách "allow" của cấu hình.',
        en: 'Abbreviation "{abbr}" is not explained. At its first use write the full form with "{abbr}" in parentheses, or add it to "allow" in the configuration.',
      },
      fullEarlier: {
        vi: 'Viết tắt "{abbr}" chưa được giải thích. Bài đã viết "{full}" ở trên: hãy thêm "({abbr})" ngay sau đó.',
        en: 'Abbreviation "{abbr}" is not explained. The article writes "{full}" above: add "({abbr})" right after it.',
      },
      define: { vi: 'Viết "{text}"', en: 'Write "{text}"' },
      defineEarlier: { vi: 'Viết "{text}" ở lần đầu', en: 'Write "{text}" at the first mention' },
      expand: { vi: 'Thay bằng "{text}"', en: 'Replace with "{text}"' },
    },
    examples: {
      invalid: [
        {
          text: 'Tiêu đề\n\nToàn thể ⟦CB⟧ tham gia học tập nghị quyết.',
          findings: ['undefined'],
          output: 'Tiêu đề\n\nToàn thể cán bộ (CB) tham gia học tập nghị quyết.',
          fixes: ['Tiêu đề\n\nToàn thể cán bộ (CB) tham gia học tập nghị quyết.', 'Tiêu đề\n\nToàn thể cán bộ tham gia học tập nghị quyết.'],
          preferred: 0,
        },
        {
          // Ambiguous: one fix per meaning, none preferred, nothing applied by --fix.
          text: 'Tiêu đề\n\nMỗi ⟦ĐV⟧ đều phải gương mẫu.',
          findings: ['ambiguous'],
          output: 'Tiêu đề\n\nMỗi ĐV đều phải gương mẫu.',
          fixes: [
            'Tiêu đề\n\nMỗi đảng viên (ĐV) đều phải gương mẫu.',
            'Tiêu đề\n\nMỗi đoàn viên (ĐV) đều phải gương mẫu.',
            'Tiêu đề\n\nMỗi đơn vị (ĐV) đều phải gương mẫu.',
          ],
          preferred: null,
        },
        {
          // At the start of a sentence the full form is capitalised; only the first use is reported.
          text: 'Tiêu đề\n\n⟦UBND⟧ xã đã họp. UBND huyện cũng họp.',
          findings: ['undefined'],
          output: 'Tiêu đề\n\nỦy ban nhân dân (UBND) xã đã họp. UBND huyện cũng họp.',
        },
        {
          // The full form is already written before the first use: "(CB, ĐV)" goes right after it.
          text: 'Tiêu đề\n\nĐội ngũ cán bộ, đảng viên được nâng cao. Toàn thể ⟦CB⟧, ⟦ĐV⟧ tham gia.',
          findings: ['fullEarlier', 'fullEarlier'],
          output: 'Tiêu đề\n\nĐội ngũ cán bộ, đảng viên (CB, ĐV) được nâng cao. Toàn thể CB, ĐV tham gia.',
          fixes: [
            'Tiêu đề\n\nĐội ngũ cán bộ, đảng viên (CB, ĐV) được nâng cao. Toàn thể CB, ĐV tham gia.',
            'Tiêu đề\n\nĐội ngũ cán bộ, đảng viên được nâng cao. Toàn thể cán bộ (CB), ĐV tham gia.',
            'Tiêu đề\n\nĐội ngũ cán bộ, đảng viên được nâng cao. Toàn thể cán bộ, ĐV tham gia.',
          ],
          preferred: 0,
        },
        {
          // Not inside a quotation: the first full form outside one gets the definition.
          text: 'Tiêu đề\n\nNghị quyết về “phát triển hợp tác xã” được ban hành. Các hợp tác xã đã họp. Nhiều ⟦HTX⟧ mở rộng.',
          findings: ['fullEarlier'],
          output: 'Tiêu đề\n\nNghị quyết về “phát triển hợp tác xã” được ban hành. Các hợp tác xã (HTX) đã họp. Nhiều HTX mở rộng.',
        },
        {
          // An ambiguous abbreviation whose meaning the article writes out: that meaning is certain.
          text: 'Tiêu đề\n\nMỗi ⟦ĐV⟧ đều phải gương mẫu. Đảng viên phải học tập, đảng viên phải rèn luyện.',
          findings: ['undefined'],
          output: 'Tiêu đề\n\nMỗi đảng viên (ĐV) đều phải gương mẫu. Đảng viên phải học tập, đảng viên phải rèn luyện.',
        },
        {
          // Document-type letters in running text (HD video) mean something else: info. Brands, tickers, products are names: silent.
          text: 'Tiêu đề\n\nMàn hình ⟦HD⟧ của hãng GM; cổ phiếu VPB, xe Honda MSX 125, ứng dụng CH Play, FE Credit và BMW.',
          findings: ['unknown'],
          output: 'Tiêu đề\n\nMàn hình HD của hãng GM; cổ phiếu VPB, xe Honda MSX 125, ứng dụng CH Play, FE Credit và BMW.',
        },
        {
          text: 'Tiêu đề\n\nDự án của ⟦BQLDA⟧ được duyệt.',
          findings: ['unknown'],
          output: 'Tiêu đề\n\nDự án của BQLDA được duyệt.',
        },
        {
          // The user's dictionary wins over the built-in one.
          text: 'Tiêu đề\n\nCác ⟦HTX⟧ mở rộng sản xuất.',
          config: { abbreviations: { HTX: 'hợp tác xã nông nghiệp' } },
          findings: ['undefined'],
          output: 'Tiêu đề\n\nCác hợp tác xã nông nghiệp (HTX) mở rộng sản xuất.',
        },
        {
          text: '# Tiêu đề\n\nCác **⟦HTX⟧** mở rộng sản xuất, xem `HTX` trong mã.',
          format: 'markdown',
          findings: ['undefined'],
          output: '# Tiêu đề\n\nCác **hợp tác xã (HTX)** mở rộng sản xuất, xem `HTX` trong mã.',
        },
      ],
      valid: [
        { text: 'Tiêu đề\n\nĐội ngũ cán bộ, đảng viên (CB, ĐV) được nâng lên. Toàn thể CB, ĐV tham gia.' },
        { text: 'Tiêu đề\n\nỦy ban nhân dân (UBND) tỉnh họp. UBND đã thống nhất.' },
        { text: 'Tiêu đề\n\nTổ chức Y tế thế giới (WHO) khuyến cáo. Theo WHO, dịch giảm.' },
        { text: 'Tiêu đề\n\nGDP của ASEAN tăng; WTO và COVID-19 được nhắc tới.' },
        { text: 'Tiêu đề\n\nThực hiện Nghị định 30/2020/NĐ-CP và Nghị quyết 04-NQ/TW khóa XII.' },
        { text: 'Tiêu đề\n\nPGS.TS Nguyễn Văn A phát biểu tại TP.HCM.' },
        { text: 'Tiêu đề\n\nBÌNH LUẬN CỦA CHUYÊN GIA' },
        { text: 'Tiêu đề\n\nBài viết đã xong.\n\nNhóm PV' },
        { text: 'Tiêu đề\n\nCác HTX mở rộng sản xuất.', config: { allow: ['HTX'] } },
        { text: '# Tiêu đề\n\nXem `UBND` trong mã và [liên kết](https://ubnd.vn/UBND).', format: 'markdown' },
        // Traps from the corpus: initials, "TP.Huế", ticker lists, a line in capitals, photo credits, a source line.
        { text: 'Tiêu đề\n\nAnh L.T.N và chị N.Th.H sống ở TP.Huế.' },
        { text: 'Tiêu đề\n\nCác mã chậm nộp báo cáo gồm ASP, HAG, HNG, PGC và QCG.' },
        // A foreign body spelt out after its abbreviation; a symbol without a year; a word in capitals.
        { text: 'Tiêu đề\n\nTheo NIH (Viện Y tế quốc gia Hoa Kỳ), NIH đã tài trợ. Theo NĐ155/CP, bạn Nói ngay CÓ.' },
        // Mixed-case names are not abbreviations; a definition on the first line counts like any other.
        { text: 'Ngân hàng MBBank và công ty LuxA mở rộng kinh doanh; Ủy ban nhân dân (UBND) tỉnh đồng ý.\nUBND cũng chấp thuận.' },
        { text: 'Tiêu đề\n\nXEM CLIP:\n\nBị can tại cơ quan điều tra (ảnh CACC). Ảnh: FB' },
        { text: 'Tiêu đề\n\nNội dung.\n\nLược theo Báo PL\n\nMinh Anh' },
      ],
    },
  },
  check(context) {
    const analysis = analyseAbbreviations(context.article);
    const seen = new Set<string>();
    for (const use of analysis.uses) {
      if (use.block.kind === 'title' || seen.has(use.abbr)) continue;
      seen.add(use.abbr);
      if (!analysis.definitions.has(use.abbr) && !isAllowedAbbreviation(use.abbr, context)) reportUse(context, use, analysis.uses);
    }
  },
});

function reportUse(context: RuleContext, use: AbbrUse, uses: readonly AbbrUse[]): void {
  const { article, dictionary } = context;
  const entry = dictionary.lookup(use.abbr);
  if (!entry && /\p{Ll}/u.test(use.abbr)) return; // a mixed-case name (MBBank, LuxA), not an abbreviation to explain
  if (isNameHere(article, use, entry)) return; // a brand, a ticker, a product, a foreign acronym
  // Unknown, or document-type letters, which mean something else in running text ("HD", "CT", "TB"): info.
  if (!entry || entry.domain === 'doc-type') {
    if (!use.inList) context.report({ start: use.start, end: use.end, messageId: 'unknown', data: { abbr: use.abbr }, demote: 'info' }); // a list "ASP, HAG, HNG": tickers and codes
    return;
  }
  // "TX.Tân Châu": the dot belongs to the abbreviation; the full form takes a space instead.
  const dotted = /^\.\p{Lu}/u.test(article.mask.slice(use.end, use.end + 2));
  const end = dotted ? use.end + 1 : use.end;
  const gap = dotted ? ' ' : '';
  const upper = isSentenceStart(article, use.start);
  // The dictionary form in the article's tone style (Uỷ ban in an article that writes thuỷ): what the fix writes starts no restyling.
  const style = articleToneTarget(article, context.house)?.value;
  const form = (full: string) => restyle(upper ? capitalize(full) : full, style);
  const define = (full: string): FixReport => {
    const text = `${form(full)} (${use.abbr})`;
    return replaceFix({ start: use.start, end }, text + gap, { messageId: 'define', data: { text } });
  };
  const meaning = meaningAt(article, use, entry);
  const earlier = fullFormBefore(article, dictionary, use, uses, meaning);
  const sense = earlier?.sense ?? meaning;
  if (sense === null) {
    context.report({
      start: use.start,
      end: use.end,
      messageId: 'ambiguous',
      data: { abbr: use.abbr, meanings: entry.senses.join(', ') },
      suggestions: entry.senses.map(define),
      demote: entry.confirmed ? undefined : 'info',
    });
    return;
  }
  const fixes: FixReport[] = [];
  if (earlier) {
    const text = `${article.text.slice(earlier.start, earlier.end)} (${earlier.abbrs})`;
    fixes.push(replaceFix({ start: earlier.end, end: earlier.end }, ` (${earlier.abbrs})`, { messageId: 'defineEarlier', data: { text } }));
  }
  fixes.push(define(sense), ...entry.senses.filter((s) => s !== sense).map(define));
  fixes.push(replaceFix({ start: use.start, end }, form(sense) + gap, { messageId: 'expand', data: { text: form(sense) } }));
  // Certain only for confirmed data, and never rewriting a quotation or a word split by a stray space ("xét nghiệm A DN").
  const block = article.blockAt(use.start)!;
  const certain =
    entry.confirmed &&
    (!!earlier ||
      (!insideQuotation(article.mask.slice(block.start, use.start)) && !/(?:^|\s)\p{Lu} $/u.test(article.mask.slice(Math.max(0, use.start - 3), use.start))));
  context.report({
    start: use.start,
    end: use.end,
    messageId: earlier ? 'fullEarlier' : 'undefined',
    data: { abbr: use.abbr, suggestion: `${form(sense)} (${use.abbr})`, full: earlier ? article.text.slice(earlier.start, earlier.end) : sense },
    ...(certain ? { fix: fixes[0], suggestions: fixes.slice(1) } : { suggestions: fixes }),
    demote: entry.confirmed ? undefined : 'info',
  });
}
