using Payoff.Application.Requests;
using Payoff.Core.Links;

namespace Payoff.Application.Links;

/// <summary>
/// The link fields of a request — <c>payoff link create</c>'s options, the Links page's form and its live preview — read
/// once: <c>to</c>, <c>source</c>, <c>medium</c>, <c>campaign</c>, <c>content</c>, <c>term</c>, <c>slug</c>, <c>network</c>,
/// <c>any-domain</c> (<c>true</c> to allow a destination outside the workspace's sites). The API's JSON body is a
/// <see cref="LinkRequest"/> already; all are checked by <see cref="CreateLinkHandler"/>.
/// </summary>
public static class LinkInput
{
    /// <summary>The request the fields describe; a blank field is null.</summary>
    public static LinkRequest Parse(RequestValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new LinkRequest(
            values.Get("to"),
            values.Get("source"),
            values.Get("medium"),
            values.Get("campaign"),
            values.Get("content"),
            values.Get("term"),
            values.Get("slug"),
            values.Get("network"),
            string.Equals(values.Get("any-domain"), "true", StringComparison.OrdinalIgnoreCase));
    }
}
