// The board's lists show what fits in their panel and never more: a full day's calls, many counters or many services
// would otherwise run off the bottom of the screen. A list shows its items from a first one while each lies wholly
// inside the list's box and hides the rest (hidden items leave the accessibility tree too); a paged list shows the
// hidden ones on its next turn.

/** Shows the items of list from index `from` that fit, hides the others; returns the index after the last shown. */
export function fit(list, from = 0) {
  const items = [...list.children];
  items.forEach((item, i) => {
    item.hidden = i < from;
  });
  const bottom = list.getBoundingClientRect().bottom + 0.5;
  let end = items.length;
  for (let i = from; i < items.length; i += 1) {
    if (items[i].getBoundingClientRect().bottom > bottom) {
      end = i;
      break;
    }
  }
  items.forEach((item, i) => {
    if (i >= end) item.hidden = true;
  });
  return end;
}

/** A list that shows a page of what fits and turns to the next page; its label says which page ("1/3"). */
export class Pages {
  constructor(list, label) {
    this.list = list;
    this.label = label;
    this.from = 0;
    this.end = 0;
    this.perPage = 1;
  }

  /** Lays the current page out again, after its items changed or the screen did. */
  show() {
    const count = this.list.children.length;
    if (this.from >= count) this.from = 0;
    this.end = fit(this.list, this.from);
    // pages are counted in first pages: the last one is often shorter
    if (this.from === 0) this.perPage = Math.max(1, this.end);
    const pages = Math.ceil(count / this.perPage);
    const text = this.from === 0 && this.end >= count ? "" : `${Math.min(pages, Math.round(this.from / this.perPage) + 1)}/${pages}`;
    if (text !== this.label.textContent) {
      // the label may take the heading to a second line, leaving the list less room
      this.label.textContent = text;
      this.end = fit(this.list, this.from);
    }
  }

  /** Moves to the next page; the caller lays the board out again (layout() in display.js). */
  turn() {
    // on by one at least, should not even one have fitted
    this.from = this.end >= this.list.children.length ? 0 : Math.max(this.end, this.from + 1);
  }
}
