// placeholder so the project compiles; its issue fills it in.
export {};
