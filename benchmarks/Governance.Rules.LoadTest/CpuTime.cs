using System.Diagnostics;
using System.Globalization;

namespace Governance.Rules.LoadTest;

/// <summary>
/// CPU time used by a process (user + system), this one or another by its id (read from <c>/proc/PID/stat</c> on Linux).
/// CPU time per request depends far less on how busy a shared machine is than requests per second, so it is the figure to
/// compare changes by when the machine is not quiet.
/// </summary>
internal static class CpuTime
{
    /// <summary>This process's CPU time so far.</summary>
    public static TimeSpan OfThisProcess()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    /// <summary>Another process's CPU time so far, or null when it cannot be read (no such process, not Linux).</summary>
    public static TimeSpan? OfProcess(int pid)
    {
        try
        {
            // Fields after the command name in parentheses: state (3) … utime (14), stime (15), in clock ticks.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / (double)TicksPerSecond);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>USER_HZ: the unit of <c>/proc/PID/stat</c>'s times; 100 on Linux on x86-64 and ARM64.</summary>
    private const int TicksPerSecond = 100;
}
