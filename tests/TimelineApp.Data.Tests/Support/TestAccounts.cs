using TimelineApp.Data.Access;

namespace TimelineApp.Data.Tests.Support;

/// <summary>Accounts for storage tests, made through the real account service as the server's operator.</summary>
internal static class TestAccounts
{
    public const string Password = "long enough password";

    /// <summary>Creates the account with the role and returns its actor, as a signed-in page would have it.</summary>
    public static async Task<Actor> CreateAsync(StorageProvider storage, string name, AccountRole role)
    {
        var accounts = storage.Get<AccountService>();
        var result = await accounts.CreateAsync(AccountService.Operator, name, Password, role, TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return (await accounts.ActorForAsync(name, "web", TestContext.Current.CancellationToken))!;
    }
}
