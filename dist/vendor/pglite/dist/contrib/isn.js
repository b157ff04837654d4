import{j as e}from"../chunk-ZSOCVAT7.js";e();var t=async(n,s)=>({bundlePath:new URL("../isn.tar.gz",import.meta.url)}),a={name:"isn",setup:t};export{a as isn};
//# sourceMappingURL=isn.js.map