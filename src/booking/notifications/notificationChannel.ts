// One way of telling the clinic about a booking (e-mail, webhook). Sending throws on failure;
// the notifier records the failure and retries later.
import type { BookingRecord, NotificationChannelName } from '../bookingRecord.js';

export interface NotificationChannel {
  name: NotificationChannelName;
  send(record: BookingRecord): Promise<void>;
  close?(): Promise<void>;
}
