package jp.kajimaru.notification.delivery;

/** Deliveries due now were committed on a channel the delivery schedule sends (e-mail, webhooks). */
record DeliveriesDue() {
}
