using Payoff.Cli;

Timings.Mark("runtime started");
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
var code = await PayoffCli.RunAsync(args, PayoffCli.ConsoleContext(), cancel.Token);
Timings.Mark("closed");
Timings.Write(Console.Error);
return code;
