// Measures the language server's time from an edit to fresh diagnostics, over stdio.
export async function measureLspEdit() {
  throw new Error('language server not built yet');
}
