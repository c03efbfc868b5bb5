// Timing-sensitive tests (the connect-time net test, audio pacing) misread a machine shared with a parallel
// test class as a slow link; on 2 cores the server tests run one class at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
