using System.Runtime.InteropServices;

namespace CarRentalGateway.Pricing.Bench;

/// <summary>
/// The CPU time the calling thread has used, from Linux's per-thread clock. The machines this runs on share
/// their cores with other work, so wall-clock time would measure the neighbours; the thread's own CPU time
/// measures what one core does for the pricing.
/// </summary>
internal static partial class ThreadClock
{
    private const int ThreadCpuTimeClock = 3; // CLOCK_THREAD_CPUTIME_ID

    public static TimeSpan Now
    {
        get
        {
            if (ClockGetTime(ThreadCpuTimeClock, out var time) != 0)
            {
                throw new InvalidOperationException($"clock_gettime failed with error {Marshal.GetLastPInvokeError()}.");
            }

            return TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100));
        }
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime", SetLastError = true)]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
