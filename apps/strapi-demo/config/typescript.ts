// The demo's types are not generated on boot: tests boot this app many times.
export default { autogenerate: false };
