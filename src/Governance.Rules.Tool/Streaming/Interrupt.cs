using System.Runtime.InteropServices;

namespace Governance.Rules.Tool.Streaming;

/// <summary>Ctrl-C and SIGTERM as a cancellation: the running command stops, deletes its temporary output and exits 2.</summary>
internal static class Interrupt
{
    private static readonly CancellationTokenSource Source = new();
    private static PosixSignalRegistration? _term;
    private static PosixSignalRegistration? _int;

    public static CancellationToken Token
    {
        get
        {
            Register();
            return Source.Token;
        }
    }

    private static void Register()
    {
        if (_term is not null)
        {
            return;
        }

        _term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
        _int = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
    }

    private static void Cancel(PosixSignalContext context)
    {
        context.Cancel = true;
        Source.Cancel();
    }
}
