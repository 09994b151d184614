// Folds multi-word phrases onto one canonical term on token sequences, greedy longest match first
// ("dry needling" -> "ims", "medical services plan" -> "msp"). Works on stems so plurals fold too.

interface TrieNode {
  next: Map<string, TrieNode>;
  replacement?: readonly string[];
}

export class PhraseFolder {
  private readonly root: TrieNode = { next: new Map() };
  private longest = 0;

  /** Registers `phrase` (a token sequence) to be replaced by `replacement`. Later registrations do not override earlier ones. */
  add(phrase: readonly string[], replacement: readonly string[]): void {
    if (phrase.length === 0) return;
    let node = this.root;
    for (const token of phrase) {
      let child = node.next.get(token);
      if (!child) {
        child = { next: new Map() };
        node.next.set(token, child);
      }
      node = child;
    }
    node.replacement ??= replacement;
    this.longest = Math.max(this.longest, phrase.length);
  }

  /** `tokens` with every registered phrase replaced. */
  fold(tokens: readonly string[]): { tokens: string[]; sources: number[] } {
    const out: string[] = [];
    // For each output token, the index of the input token it stands for (the phrase's first token).
    const sources: number[] = [];
    let i = 0;
    while (i < tokens.length) {
      let node: TrieNode | undefined = this.root;
      let matchEnd = -1;
      let replacement: readonly string[] | undefined;
      for (let j = i; j < tokens.length && j - i < this.longest; j++) {
        node = node.next.get(tokens[j] as string);
        if (!node) break;
        if (node.replacement) {
          matchEnd = j + 1;
          replacement = node.replacement;
        }
      }
      if (replacement && matchEnd > i) {
        for (const token of replacement) {
          out.push(token);
          sources.push(i);
        }
        i = matchEnd;
      } else {
        out.push(tokens[i] as string);
        sources.push(i);
        i++;
      }
    }
    return { tokens: out, sources };
  }
}
