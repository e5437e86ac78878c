namespace Payoff.Core.Channels;

/// <summary>The kind of site a traffic source is, as the channel rules need it.</summary>
public enum SourceCategory
{
    /// <summary>Not a known search engine, social network, video or shopping site.</summary>
    Other,

    /// <summary>A search engine.</summary>
    Search,

    /// <summary>A social network (see <see cref="Networks.NetworkCatalog"/>).</summary>
    Social,

    /// <summary>A video site that is not also a social network.</summary>
    Video,

    /// <summary>A shopping site or marketplace.</summary>
    Shopping,
}
