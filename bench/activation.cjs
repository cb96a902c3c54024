/**
 * The desktop extension's activation in a stub host (a child process of the bench): the time from
 * require() of dist/extension.js to the settling of the promise activate() returns — the span VS
 * Code counts as activation. It covers loading the entry, loading dist/client.js and building the
 * language client, commands and status item against a stub `vscode` module whose every call returns
 * at once; it does not cover VS Code's own work nor the server's start (a separate process, started
 * asynchronously). The real figure, from VS Code's Running Extensions view, is printed by
 * `npm test`'s host run (scripts/test-host.mjs). Prints the total and its parts (ms): loading the
 * entry, the activate() call, loading dist/client.js and starting the client (`clientLoadMs`).
 */
const Module = require('node:module');
const path = require('node:path');

// A stub whose every property, call and construction gives the stub again; promises never settle,
// as a host that does nothing would (only `then` is undefined, so the stub is no thenable).
const stub = new Proxy(function () {}, {
  get: (_t, key) => (key === 'then' ? undefined : key === 'version' ? '1.90.0' : key === Symbol.toPrimitive ? () => '' : stub),
  set: () => true,
  apply: () => stub,
  construct: () => stub,
});
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
};
const api = { version: '1.90.0' };
// Every name of the vscode API the client and vscode-languageclient read (each a stub, classes included).
for (const name of [
  'CallHierarchyIncomingCall',
  'CallHierarchyItem',
  'CallHierarchyOutgoingCall',
  'CancellationError',
  'CancellationToken',
  'CancellationTokenSource',
  'CodeAction',
  'CodeActionKind',
  'CodeActionTriggerKind',
  'CodeLens',
  'Color',
  'ColorInformation',
  'ColorPresentation',
  'CompletionItem',
  'CompletionItemKind',
  'CompletionItemTag',
  'CompletionList',
  'CompletionTriggerKind',
  'Diagnostic',
  'DiagnosticRelatedInformation',
  'DiagnosticSeverity',
  'DiagnosticTag',
  'Disposable',
  'DocumentFilter',
  'DocumentHighlight',
  'DocumentHighlightKind',
  'DocumentLink',
  'DocumentSymbol',
  'EventEmitter',
  'ExtensionContext',
  'FileSystemError',
  'FileType',
  'FoldingRange',
  'FoldingRangeKind',
  'Hover',
  'InlayHint',
  'InlayHintLabelPart',
  'InlineCompletionItem',
  'InlineCompletionList',
  'InlineValueEvaluatableExpression',
  'InlineValueText',
  'InlineValueVariableLookup',
  'LinkedEditingRanges',
  'Location',
  'MarkdownString',
  'NotebookCellKind',
  'ParameterInformation',
  'Position',
  'ProgressLocation',
  'Range',
  'RelativePattern',
  'SelectionRange',
  'SemanticTokens',
  'SemanticTokensEdit',
  'SemanticTokensEdits',
  'SignatureHelp',
  'SignatureHelpTriggerKind',
  'SignatureInformation',
  'SnippetString',
  'SymbolInformation',
  'SymbolKind',
  'SymbolTag',
  'TabInputCustom',
  'TabInputText',
  'TabInputTextDiff',
  'TextDocumentSaveReason',
  'TextEdit',
  'TypeHierarchyItem',
  'Uri',
  'WorkspaceEdit',
  'commands',
  'dev',
  'env',
  'languages',
  'target',
  'value',
  'window',
  'workspace',
])
  api[name] = stub;
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: api };

const root = path.resolve(__dirname, '..');
const context = {
  subscriptions: [],
  extensionUri: { toString: () => 'file://' + root },
  asAbsolutePath: (p) => path.join(root, p),
  globalState: stub,
  workspaceState: stub,
  extensionPath: root,
};
const t0 = performance.now();
const { activate } = require(path.join(root, 'dist', 'extension.js'));
const entry = performance.now() - t0;
const returned = activate(context);
const call = performance.now() - t0 - entry;
returned.then(
  (api) => {
    // total; of it: loading the entry, the activate() call, loading and starting the client.
    process.stdout.write(`${(performance.now() - t0).toFixed(2)} ${entry.toFixed(2)} ${call.toFixed(2)} ${api.clientLoadMs.toFixed(2)}\n`);
    process.exit(0);
  },
  (e) => {
    process.stderr.write(`activation failed in the stub host: ${e && e.stack ? e.stack : e}\n`);
    process.exit(1);
  },
);
