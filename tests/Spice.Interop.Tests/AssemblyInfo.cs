// Real peers (QEMU under TCG, Chromium, PulseAudio, Xspice) each want a core; on a 2-core machine two test
// classes at once starve each other's timing-sensitive parts (audio pacing, settle detection), so the
// interop tests run one class at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
