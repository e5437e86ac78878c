using System.Collections;
using Payoff.Core.Conversations;
using Payoff.Core.Importing;

namespace Payoff.Import.Conversations;

/// <summary>Imported messages as they are read, each pseudonymised and scored by <paramref name="scorer"/> on its way to the store.</summary>
internal sealed class ScoredRows(IImportRows<ConversationMessage> rows, ConversationScorer scorer) : IImportRows<ScoredMessage>
{
    public long Rows => rows.Rows;

    public long Rejected => rows.Rejected;

    public IEnumerator<ScoredMessage> GetEnumerator()
    {
        foreach (var message in rows)
        {
            yield return scorer.Score(message);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
