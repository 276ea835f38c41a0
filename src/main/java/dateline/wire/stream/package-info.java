/**
 * The live wire over Server-Sent Events. {@link dateline.wire.stream.StreamHub} reads each new
 * stretch of the change log once and offers it to every subscriber's bounded queue; writer
 * threads drain the queues, so no write to a client happens on the thread that committed a
 * change. A subscriber replays what it missed from the store (Last-Event-ID), gets heartbeats,
 * and is dropped with a reason when it falls too far behind or its key stops working. The web
 * layer supplies the open response as an {@link dateline.wire.stream.EventSink}.
 */
package dateline.wire.stream;
