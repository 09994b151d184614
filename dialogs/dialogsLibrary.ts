// The classes of botbuilder-dialogs the bot uses, each from its own module. The package's index loads every prompt it
// ships, and with them Microsoft's number, choice, date-time and suite recognizers in all their cultures: about 36 MB
// more resident memory at start-up for prompts the bot never uses (its prompts read the message through the one
// reading; even Prompt's own module loads the choice recognizers, see booking/prompts/readingPrompt.ts). Types may
// still come from 'botbuilder-dialogs'; values come from here (eslint.config.js enforces it).
export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog.js';
export { Dialog, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog.js';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet.js';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog.js';
