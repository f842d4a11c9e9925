package th.servicepoint.support;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Requests let go at the same moment, each on a thread of its own, to show the database lets exactly one win. */
public final class Race {

    private Race() {
    }

    /** How many of the calls answered each status. */
    public static Map<Integer, Integer> answers(List<Callable<Integer>> calls) throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.size());
        List<Callable<Integer>> atOnce = calls.stream().<Callable<Integer>> map(call -> () -> {
            start.await(30, TimeUnit.SECONDS);
            return call.call();
        }).toList();
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            Map<Integer, Integer> answers = new TreeMap<>();
            for (Future<Integer> answer : pool.invokeAll(atOnce, 2, TimeUnit.MINUTES)) {
                answers.merge(answer.get(), 1, Integer::sum);
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
