package io.attune.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** Brings simulated people online: agent accounts and logins, customers in small batches. */
final class Population {

    private static final int BATCH = 25;

    private final Harness harness;
    private final AtomicInteger numbers = new AtomicInteger();

    Population(Harness harness) {
        this.harness = harness;
    }

    /** The admin creates agent accounts through the admin page, then each agent logs in and connects. */
    List<SimulatedAgent> agents(Browser admin, int count) throws IOException, InterruptedException,
            ExecutionException, TimeoutException {
        List<SimulatedAgent> agents = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String username = "load-agent-" + i;
            String password = Long.toHexString(Double.doubleToLongBits(Math.random())) + "-pw";
            int status = admin.post("/admin/users", Map.of("username", username, "displayName", "Agent " + i,
                    "role", "AGENT", "password", password)).get(30, TimeUnit.SECONDS);
            if (status != 302) {
                throw new IOException("creating " + username + " answered " + status);
            }
            agents.add(new SimulatedAgent(harness, username).connect(password));
        }
        return agents;
    }

    /** Connects {@code count} customers, {@value #BATCH} at a time; failures are counted, not retried. */
    List<SimulatedCustomer> customers(int count) throws InterruptedException {
        List<SimulatedCustomer> connected = new ArrayList<>();
        long start = System.nanoTime();
        for (int done = 0; done < count; done += BATCH) {
            List<CompletableFuture<SimulatedCustomer>> batch = new ArrayList<>();
            for (int i = done; i < Math.min(count, done + BATCH); i++) {
                batch.add(new SimulatedCustomer(harness, numbers.incrementAndGet()).connect());
            }
            for (CompletableFuture<SimulatedCustomer> customer : batch) {
                try {
                    connected.add(customer.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException | TimeoutException e) {
                    harness.stats().error("connect " + rootCause(e));
                }
            }
            if ((done / BATCH) % 40 == 0) {
                System.out.printf("  connected %d of %d in %.0fs%n", connected.size(), count,
                        (System.nanoTime() - start) / 1e9);
            }
        }
        return connected;
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
