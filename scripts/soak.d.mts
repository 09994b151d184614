// Types for the parts of soak.mjs that tests reuse (the booking "person" and the chat client).
export declare const BOOKING_OPENER: string;
export declare function nextBookingStep(replyText: string): { reference?: string; answer?: string };
export declare function replyText(body: unknown): string;
export interface SoakConversation {
  id: string;
  send(endpoint: string, text: string): Promise<{ status: number; text: string }>;
}
export declare function conversation(): SoakConversation;
export interface SoakSummary {
  seconds: number;
  conc: number;
  turns: number;
  faqTurns: number;
  bookingTurns: number;
  refusedWhileDown: number;
  errors: number;
  bookingsStarted: number;
  bookingsConfirmed: number;
  stuck: number;
  bookingsStored: number;
  confirmedButMissing: string[];
  storedButNeverShown: number;
  crashesLogged: number;
  errorSamples: string[];
  ok: boolean;
}
export declare function soak(options: {
  seconds: number;
  conc: number;
  killAt?: number;
  report?: (line: string) => void;
  /** The built bot's dist/ folder (default: the project's). */
  dist?: string;
}): Promise<SoakSummary>;
