using Payoff.Cli;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
return await PayoffCli.RunAsync(args, PayoffCli.ConsoleContext(), cancel.Token);
