package jp.kajimaru.messaging.testapp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import brave.handler.MutableSpan;
import brave.handler.SpanHandler;
import brave.propagation.TraceContext;

/** Every span the test application finishes, in the order they end (what a Zipkin reporter would send). */
public class FinishedSpans extends SpanHandler {

    private final List<MutableSpan> spans = new CopyOnWriteArrayList<>();

    @Override
    public boolean end(TraceContext context, MutableSpan span, Cause cause) {
        spans.add(span);
        return true;
    }

    public List<MutableSpan> all() {
        return List.copyOf(spans);
    }
}
