using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Data.Access;

namespace TimelineApp.Cli.Commands;

/// <summary>
/// <c>users add NAME --role admin|editor|viewer</c> (password from the terminal without echo, or one line of stdin;
/// there is no password option), <c>users list</c>, <c>users set-role NAME ROLE</c>. Runs as the server's operator.
/// </summary>
internal static class UsersCommand
{
    public static Command Create()
    {
        var addName = new Argument<string>("name") { Description = "The account's sign-in name." };
        var role = new Option<string>("--role") { Description = "admin, editor or viewer (default viewer).", DefaultValueFactory = _ => "viewer" };
        var add = new Command("add", "Create an account. The password is asked for on the terminal (not echoed), or read as one line of standard input.") { addName, role };
        add.SetAction(parse =>
        {
            var r = Role(parse.GetValue(role));
            string name = parse.GetValue(addName)!;
            string password = PasswordInput.Read($"Password for {name}: ");
            using var services = CliServices.Build();
            var result = services.GetRequiredService<AccountService>().CreateAsync(AccountService.Operator, name, password, r).GetAwaiter().GetResult();
            return Report(result, $"created {Actor.RoleName(r)} {name}");
        });

        var list = new Command("list", "List the accounts with their roles.");
        list.SetAction(_ =>
        {
            using var services = CliServices.Build();
            foreach (var a in services.GetRequiredService<AccountService>().ListAsync(AccountService.Operator).GetAwaiter().GetResult())
            {
                Console.WriteLine($"{a.Name}\t{(a.Role is { } r ? Actor.RoleName(r) : "-")}{(a.LockedOut ? "\tlocked out" : string.Empty)}");
            }

            return 0;
        });

        var setName = new Argument<string>("name") { Description = "The account." };
        var setRole = new Argument<string>("role") { Description = "admin, editor or viewer." };
        var set = new Command("set-role", "Give an account another role (its open sessions must sign in again).") { setName, setRole };
        set.SetAction(parse =>
        {
            var r = Role(parse.GetValue(setRole));
            string name = parse.GetValue(setName)!;
            using var services = CliServices.Build();
            var result = services.GetRequiredService<AccountService>().SetRoleAsync(AccountService.Operator, name, r).GetAwaiter().GetResult();
            return Report(result, $"{name} is now {Actor.RoleName(r)}");
        });

        return new Command("users", "Manage accounts (the first admin is created here).") { add, list, set };
    }

    private static AccountRole Role(string? name) =>
        Actor.ParseRole(name) ?? throw new CliInputException($"unknown role '{name}': admin, editor or viewer");

    private static int Report(AccountResult result, string done)
    {
        if (!result.Succeeded)
        {
            foreach (string error in result.Errors)
            {
                Console.Error.WriteLine($"timeline: {error}");
            }

            return 2;
        }

        Console.WriteLine(done);
        return 0;
    }
}
