namespace Payoff.Core.Access;

/// <summary>A person who signs in to the dashboard. The password is kept only as a salted, iterated hash.</summary>
/// <param name="Id">The user's id.</param>
/// <param name="Email">The sign-in name, lower-cased.</param>
/// <param name="PasswordHash">ASP.NET Core Identity's password hash (PBKDF2, salted).</param>
/// <param name="CreatedAt">When the account was made.</param>
public sealed record UserAccount(long Id, string Email, string PasswordHash, DateTimeOffset CreatedAt);
