using DuckDB.NET.Data;
using Payoff.Core.Channels;

namespace Payoff.Storage.DuckDb;

/// <summary>The source columns events and sessions share: channel, network, source, medium, campaign, content, term, click-id type.</summary>
internal static class SourceColumns
{
    /// <summary>Appends the eight source columns of <paramref name="source"/> in table order.</summary>
    public static IDuckDBAppenderRow AppendSource(this IDuckDBAppenderRow row, TrafficSource source) => row
        .AppendValue(source.Channel)
        .AppendValue(source.Network)
        .AppendValue(source.Source)
        .AppendValue(source.Medium)
        .AppendValue(source.Campaign)
        .AppendValue(source.Content)
        .AppendValue(source.Term)
        .AppendValue(source.ClickId?.Parameter);
}
