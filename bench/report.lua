-- The one-line summary every benchmark script prints: requests/s, latency percentiles, errors.
return function(name)
  return function(summary, latency, requests)
    io.write(string.format("RESULT %s rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d non2xx=%d\n",
      name, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
      latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
      summary.errors.status))
  end
end
