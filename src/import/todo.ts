import { TODO_PREFIX } from "../model/todo.js";

// To-dos are the model's: any recap may hold them, not only a draft. Re-exported for the import's users.
export { findTodos, TODO_PREFIX, type Todo } from "../model/todo.js";

/** The to-do texts an imported draft starts with. */
export const TODO_TEXT = {
  title: (event: string) => `${TODO_PREFIX} our highlights from ${event}`,
  eventName: `${TODO_PREFIX} the event's name`,
  intro: `${TODO_PREFIX} why you went, and what this recap covers.`,
  summary: `${TODO_PREFIX} what was this session about?`,
  takeaway: `${TODO_PREFIX} what did you take away?`,
} as const;
