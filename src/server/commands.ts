/**
 * workspace/executeCommand: lint a document or the workspace, fix all, the configuration view,
 * the rule list, and the project decisions written to .vnstyle.json (allow an abbreviation, add
 * its meaning, turn a rule off for one file). Edits keep the file's comments and layout
 * (jsonc-parser) and are written where the command reads them: the nearest .vnstyle.json, or a
 * new one at the workspace folder's root.
 */
import * as path from 'node:path';
import { applyEdits, modify, parse } from 'jsonc-parser';
import {
  ResponseError,
  ErrorCodes,
  MessageType,
  ShowMessageNotification,
  type Connection,
  type ExecuteCommandParams,
  type WorkDoneProgressReporter,
  type CancellationToken,
} from 'vscode-languageserver';
import { RULES } from '../core/rules';
import type { UserConfig } from '../core/config';
import type { Lang } from '../core/types';
import type { Checker } from './checker';
import { COMMANDS } from './actions';
import { minimalEdit, toTextEdits } from './convert';
import { fixText } from './engine';
import { msg } from './messages';
import { configurationView, problemsView } from './view';

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

export interface CommandContext {
  checker: Checker;
  connection: Connection;
  /** Show the workspace summary as a message (clients that show their own say so in initializationOptions). */
  showSummary: boolean;
}

const bad = (message: string) => new ResponseError(ErrorCodes.InvalidParams, message);
const str = (v: unknown, what: string): string => {
  if (typeof v !== 'string' || !v) throw bad(`${what}: a non-empty string is expected`);
  return v;
};

export async function executeCommand(
  ctx: CommandContext,
  params: ExecuteCommandParams,
  token: CancellationToken,
  progress: WorkDoneProgressReporter,
): Promise<unknown> {
  const args = params.arguments ?? [];
  const { checker, connection } = ctx;
  switch (params.command) {
    case COMMANDS.lintDocument: {
      const uri = str(args[0], 'uri');
      const doc = checker.documents.get(uri);
      if (!doc) throw bad(`not open: ${uri}`);
      const checked = checker.client.pull ? await checker.current(doc) : await checker.publishOpen(uri);
      if (checker.client.pull && checker.client.refresh) await connection.languages.diagnostics.refresh();
      return checked?.diagnostics.length ?? 0;
    }
    case COMMANDS.lintWorkspace: {
      const lang = await checker.lang();
      progress.begin(msg(lang, 'checking'), 0, undefined, true);
      const summary = await checker.checkWorkspace(
        (done, total) => progress.report(Math.round((done * 100) / Math.max(total, 1)), `${done}/${total}`),
        () => token.isCancellationRequested,
      );
      progress.done();
      const message = summaryText(summary, lang);
      connection.console.info(message);
      if (ctx.showSummary) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message });
      return { ...summary, message };
    }
    case COMMANDS.fixAll: {
      const uri = str(args[0], 'uri');
      const doc = checker.documents.get(uri);
      const checked = doc && (await checker.current(doc));
      if (!doc || !checked) return false;
      const edit = minimalEdit(doc.getText(), fixText(checked.input));
      if (!edit) return false;
      const r = await connection.workspace.applyEdit({
        label: msg(checked.input.lang, 'fixAllInFile'),
        edit: { documentChanges: [{ textDocument: { uri, version: doc.version }, edits: toTextEdits(doc, [edit]) }] },
      });
      return r.applied;
    }
    case COMMANDS.showConfiguration: {
      const uri = str(args[0], 'uri');
      const doc = checker.documents.get(uri);
      const settings = await checker.settingsFor(uri);
      const resolution = await checker.config.resolve(uri, doc?.languageId ?? 'plaintext', settings.base);
      const file = checker.files.pathOf(uri) ?? uri;
      return resolution.ok
        ? configurationView(file, resolution.effective, resolution.layers, settings.lang)
        : problemsView(file, resolution.problems, settings.lang);
    }
    case COMMANDS.status: {
      const doc = checker.documents.get(str(args[0], 'uri'));
      const checked = doc && (await checker.current(doc));
      return checked
        ? { checked: true, profile: checked.effective.config.profile, configFiles: checked.effective.files.map((f) => checker.files.uriOf(f)) }
        : { checked: false };
    }
    case COMMANDS.rules: {
      const lang = await checker.lang();
      return RULES.map((r) => ({ id: r.id, description: r.meta.description[lang] }));
    }
    case COMMANDS.allow: {
      const abbr = str(args[1], 'abbreviation');
      return editConfig(ctx, str(args[0], 'uri'), (text, cfg) => {
        if (cfg.allow?.includes(abbr)) return text;
        const edits = Array.isArray(cfg.allow)
          ? modify(text, ['allow', cfg.allow.length], abbr, { ...FORMAT, isArrayInsertion: true })
          : modify(text, ['allow'], [abbr], FORMAT);
        return applyEdits(text, edits);
      });
    }
    case COMMANDS.addMeaning: {
      const uri = str(args[0], 'uri');
      const abbr = str(args[1], 'abbreviation');
      const meaning = typeof args[2] === 'string' ? args[2].trim() : '';
      const target = await editConfig(ctx, uri, (text, cfg) =>
        !meaning && cfg.abbreviations?.[abbr] !== undefined ? text : applyEdits(text, modify(text, ['abbreviations', abbr], meaning, FORMAT)),
      );
      // A client that cannot ask for the meaning gets the entry to fill in, opened at its (empty) value.
      if (!meaning && checker.client.showDocument) await showEntry(ctx, target, abbr, await checker.lang(uri));
      return target;
    }
    case COMMANDS.disableRuleForFile: {
      const uri = str(args[0], 'uri');
      const rule = str(args[1], 'rule');
      if (!RULES.some((r) => r.id === rule)) throw bad(`unknown rule: ${rule}`);
      const file = checker.files.pathOf(uri);
      if (!file) throw bad(msg(await checker.lang(uri), 'noConfigFile'));
      const target = await checker.config.targetFor(file);
      const files = `./${path
        .relative(path.dirname(target), file)
        .split(path.sep)
        .join('/')
        .replace(/[*?[\]{}()!+@\\]/g, '\\$&')}`;
      return editConfig(ctx, uri, (text, cfg) => {
        const i = (cfg.overrides ?? []).findIndex((o) => o.files === files);
        if (i >= 0) return applyEdits(text, modify(text, ['overrides', i, 'rules', rule], 'off', FORMAT));
        const entry = { files, rules: { [rule]: 'off' } };
        return applyEdits(
          text,
          cfg.overrides
            ? modify(text, ['overrides', cfg.overrides.length], entry, { ...FORMAT, isArrayInsertion: true })
            : modify(text, ['overrides'], [entry], FORMAT),
        );
      });
    }
    default:
      throw new ResponseError(ErrorCodes.MethodNotFound, `unknown command: ${params.command}`);
  }
}

export function summaryText(s: { files: number; errors: number; warnings: number; infos: number; skipped: number; cancelled: boolean }, lang: Lang): string {
  return (
    msg(lang, 'summary', { files: s.files, errors: s.errors, warnings: s.warnings, infos: s.infos }) +
    (s.skipped ? msg(lang, 'summarySkipped', { skipped: s.skipped }) : '') +
    (s.cancelled ? msg(lang, 'summaryCancelled') : '')
  );
}

/** Change the configuration file that governs a document; returns the file's path. Then everything is checked again. */
async function editConfig(ctx: CommandContext, uri: string, change: (text: string, current: UserConfig) => string): Promise<string> {
  const { checker } = ctx;
  const lang = await checker.lang(uri);
  const doc = checker.documents.get(uri);
  const place = checker.config.placeOf(uri, doc?.languageId ?? 'plaintext');
  if (!place) throw bad(msg(lang, 'noConfigFile'));
  const target = await checker.config.targetFor(place.path);
  const before = (await checker.files.read(target)) ?? '{\n}\n';
  const current = (parse(before, [], { allowTrailingComma: true }) ?? {}) as UserConfig;
  const after = change(before, typeof current === 'object' && !Array.isArray(current) ? current : {});
  if (after !== before) {
    try {
      await checker.files.write(target, after);
    } catch (e) {
      throw new ResponseError(ErrorCodes.InternalError, msg(lang, 'writeFailed', { file: target, detail: (e as Error).message }));
    }
  }
  checker.config.invalidate();
  await checker.recheckAll();
  return target;
}

async function showEntry(ctx: CommandContext, target: string, abbr: string, lang: Lang): Promise<void> {
  const text = (await ctx.checker.files.read(target)) ?? '';
  const key = text.indexOf(`${JSON.stringify(abbr)}: ""`);
  const at = key < 0 ? 0 : key + JSON.stringify(abbr).length + 3;
  const before = text.slice(0, at).split('\n');
  const position = { line: before.length - 1, character: before[before.length - 1].length };
  await ctx.connection.window.showDocument({ uri: ctx.checker.files.uriOf(target), takeFocus: true, selection: { start: position, end: position } });
  void ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: msg(lang, 'noMeaning', { abbr }) });
}
