using Payoff.Core.Importing;

namespace Payoff.Import.Native;

/// <summary>Collects the errors of the row being read.</summary>
internal sealed class RowErrors(List<RowError> errors)
{
    public long Row { get; set; }

    public int Count { get; private set; }

    public void Add(string? column, string message)
    {
        errors.Add(new RowError(Row, column, message));
        Count++;
    }

    public void Start(long row)
    {
        Row = row;
        Count = 0;
    }
}
