/**
 * A hash table of integer sequences with a weight each, kept in order of first insertion and
 * packed in typed arrays. It groups identical ballots (preference lists, or BLT ballot lines)
 * without building a string key per ballot.
 */

/** Identical sequences merged, with their total weights, in order of first appearance. */
export class SequenceTable {
  private data: Int32Array;
  private dataLength = 0;
  private starts: Int32Array;
  private weights: Float64Array;
  private hashes: Int32Array;
  private slots: Int32Array;
  private size = 0;

  /** Creates a table sized for about `expected` sequences holding `values` numbers in all (it grows as needed). */
  constructor(expected = 1024, values = expected * 4) {
    const capacity = Math.max(16, expected);
    let slots = 32;
    while (slots < capacity * 2) slots *= 2;
    this.data = new Int32Array(Math.max(64, values));
    this.starts = new Int32Array(capacity + 1);
    this.weights = new Float64Array(capacity);
    this.hashes = new Int32Array(capacity);
    this.slots = new Int32Array(slots).fill(-1);
  }

  /** Number of distinct sequences. */
  get count(): number {
    return this.size;
  }

  /** Adds `weight` to the sequence `values[0..length)`, inserting it if new; returns its index. */
  add(values: Int32Array, length: number, weight: number): number {
    let hash = length | 0;
    for (let i = 0; i < length; i++) hash = Math.imul(hash ^ (values[i] ?? 0), 0x9e3779b1) ^ (hash >>> 15);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const index = this.slots[slot] ?? -1;
      if (index < 0) {
        this.slots[slot] = this.insert(values, length, weight, hash);
        if (this.size * 2 > this.slots.length) this.rehash();
        return this.size - 1;
      }
      if (this.hashes[index] === hash && this.equals(index, values, length)) {
        this.weights[index] = (this.weights[index] ?? 0) + weight;
        return index;
      }
    }
  }

  /** Total weight of the sequence at `index`. */
  weight(index: number): number {
    return this.weights[index] ?? 0;
  }

  /** Copies of the packed contents: all sequences concatenated, their offsets (count + 1) and weights. */
  pack(): { values: Int32Array; starts: Int32Array; weights: Float64Array } {
    return {
      values: this.data.slice(0, this.dataLength),
      starts: this.starts.slice(0, this.size + 1),
      weights: this.weights.slice(0, this.size),
    };
  }

  private equals(index: number, values: Int32Array, length: number): boolean {
    const start = this.starts[index] ?? 0;
    if ((this.starts[index + 1] ?? 0) - start !== length) return false;
    for (let i = 0; i < length; i++) if (this.data[start + i] !== values[i]) return false;
    return true;
  }

  private insert(values: Int32Array, length: number, weight: number, hash: number): number {
    if (this.dataLength + length > this.data.length) {
      this.data = growInt32(this.data, Math.max(this.data.length * 2, this.dataLength + length));
    }
    if (this.size === this.weights.length) {
      const capacity = this.weights.length * 2;
      this.starts = growInt32(this.starts, capacity + 1);
      this.hashes = growInt32(this.hashes, capacity);
      const weights = new Float64Array(capacity);
      weights.set(this.weights);
      this.weights = weights;
    }
    this.data.set(values.subarray(0, length), this.dataLength);
    this.dataLength += length;
    const index = this.size++;
    this.starts[index + 1] = this.dataLength;
    this.weights[index] = weight;
    this.hashes[index] = hash;
    return index;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let index = 0; index < this.size; index++) {
      let slot = (this.hashes[index] ?? 0) & mask;
      while ((slots[slot] ?? -1) >= 0) slot = (slot + 1) & mask;
      slots[slot] = index;
    }
    this.slots = slots;
  }
}

function growInt32(array: Int32Array, length: number): Int32Array {
  const larger = new Int32Array(length);
  larger.set(array);
  return larger;
}
