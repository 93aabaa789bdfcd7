/** The benchmarks' command-line flags: `--name` alone, or `--name VALUE`. */
const args = process.argv.slice(2);

export const flag = (name: string): boolean => args.includes(name);

export const value = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
